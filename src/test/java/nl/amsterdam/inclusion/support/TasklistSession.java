package nl.amsterdam.inclusion.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logged in to Tasklist, calling Tasklist's own API ({@code /camunda/api/...}) as the browser does: with the
 * session cookie and the XSRF token the page hands out.
 */
public final class TasklistSession {

  private final HttpClient browser;
  private final String base;

  private TasklistSession(HttpClient browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  /** Logs in as the login page does: the page sets the XSRF cookie, the login form starts the session. */
  public static TasklistSession login(int port, String user, String password) {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    TasklistSession session = new TasklistSession(browser, "http://localhost:" + port);
    try {
      session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")));
      HttpResponse<String> login = session.send(HttpRequest.newBuilder(
              session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.xsrfToken())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
      assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
      // the login starts a new session: its first request hands out the new XSRF token, as Tasklist's does
      session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return session;
  }

  /** A JSON request to Tasklist's API with the session's XSRF token, answered in {@code accept}. */
  public HttpResponse<String> send(String method, String path, String jsonBody, String accept) throws IOException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", accept)
        .header("X-XSRF-TOKEN", xsrfToken())
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /** The browser, for requests the test builds itself. */
  public HttpClient client() {
    return browser;
  }

  public String xsrfToken() {
    return xsrfToken(browser);
  }

  /** The XSRF token a browser with cookies was handed last. */
  public static String xsrfToken(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
