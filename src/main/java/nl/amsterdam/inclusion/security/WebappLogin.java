package nl.amsterdam.inclusion.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user logged in to the Camunda webapps (Tasklist, Cockpit), read from the HTTP session. */
public final class WebappLogin {

  private WebappLogin() {
  }

  /** @return the login for the engine, or null when nobody is logged in */
  public static Authentication of(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (logins != null && logins.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }
    return null;
  }
}
