package nl.amsterdam.inclusion.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The caller of the application's own API (authenticated by HTTP Basic, see RestAuthenticationConfiguration). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Refuses the call (403) unless the caller is in one of the groups. */
  public void requireAnyGroup(String... groups) {
    if (!isInAnyGroup(groups)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Geen toegang");
    }
  }

  /** The caller's user id (the API is always called with a login). */
  public String userId() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Niet ingelogd");
    }
    return user.getUserId();
  }

  /** The caller's groups as authenticated (also inside the engine's commands, which run with the caller's login). */
  public List<String> groups() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  public boolean isInAnyGroup(String... groups) {
    List<String> memberOf = groups();
    for (String group : groups) {
      if (memberOf.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
