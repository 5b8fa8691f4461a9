package nl.amsterdam.inclusion.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Calls from the application's own pages that run with the webapps' login (Mijn aanvragen, Documenten groeipanel):
 * who is signed in, and the work run as that person, so that the engine's grants and rules decide.
 */
@Component
public class WebappCalls {

  private final IdentityService identityService;
  private final String engineName;

  public WebappCalls(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engineName = engine.getName();
  }

  /** The person signed in to Tasklist; without one the call is refused (401). */
  public Authentication login(HttpServletRequest request) {
    Authentication login = WebappLogin.of(request, engineName);
    if (login == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log eerst in via Tasklist");
    }
    return login;
  }

  /** The page's calls carry no login of the engine's own: the engine runs them as the webapps' login. */
  public <T> T as(Authentication login, Supplier<T> work) {
    identityService.setAuthentication(login);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
