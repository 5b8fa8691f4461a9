package nl.amsterdam.inclusion.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per client address and user: after {@value #FREE_FAILURES} failed logins in a row, the
 * next attempt from that address for that user waits 1 s, then 2, 4, ... up to 5 minutes, answered 429 without
 * looking at the password. A success clears it. Another address is not affected, so a stranger who guesses cannot
 * keep the real user out (Camunda's own lock-out counts per account only: see {@link EngineRulesPlugin}).
 *
 * <p>Counts the logins of {@code /engine-rest} and {@code /api} (HTTP Basic) and of the webapps' login form. Behind a
 * reverse proxy the client address is only known when the proxy is trusted (README, Configuration).
 */
public class LoginThrottle extends OncePerRequestFilter {

  static final int FREE_FAILURES = 3;
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  /** An address-and-user pair not seen for this long is forgotten. */
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MOST_REMEMBERED = 100_000;
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private record Failures(int count, Instant last) {
  }

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private volatile Clock clock = Clock.systemUTC();

  /** For tests: the time the waits are measured in. */
  void useClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest login = request;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      CachedBody form = new CachedBody(request);
      login = form;
      user = form.parameter("username");
    }
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getRemoteAddr() + "|" + user.toLowerCase();
    Duration wait = remainingWait(failures.get(key));
    if (!wait.isZero()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
      response.setStatus(429);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"TooManyAttempts\",\"message\":\"Te veel mislukte inlogpogingen. Probeer het over "
          + Math.max(1, wait.toSeconds()) + " seconden opnieuw.\"}");
      return;
    }
    chain.doFilter(login, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      forgetOldEntries();
      failures.merge(key, new Failures(1, clock.instant()), (before, now) -> new Failures(before.count() + 1, now.last()));
    } else if (response.getStatus() < 400) {
      failures.remove(key);
    }
  }

  private Duration remainingWait(Failures seen) {
    if (seen == null || seen.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Duration wait = Duration.ofSeconds(1L << Math.min(seen.count() - FREE_FAILURES, 20));
    wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    Duration left = Duration.between(clock.instant(), seen.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void forgetOldEntries() {
    if (failures.size() >= MOST_REMEMBERED) {
      Instant cutoff = clock.instant().minus(FORGET_AFTER);
      failures.values().removeIf(seen -> seen.last().isBefore(cutoff));
      if (failures.size() >= MOST_REMEMBERED) {
        failures.clear(); // a flood of addresses: start over rather than grow without bound
      }
    }
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? null : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/");
  }

  /** The login form, read once here for the user name and replayed to the webapp. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private static final int MOST_READ = 8 * 1024;
    private final byte[] body;

    CachedBody(HttpServletRequest request) throws IOException {
      super(request);
      this.body = request.getInputStream().readNBytes(MOST_READ);
    }

    String parameter(String name) {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }
}
