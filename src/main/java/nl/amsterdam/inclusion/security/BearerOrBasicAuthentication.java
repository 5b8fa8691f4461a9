package nl.amsterdam.inclusion.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls {@code /engine-rest} and {@code /api}: a bearer token of the city's provider that Spring Security has
 * validated (integrations, {@link SingleSignOn}), with the application's groups its claims map to; otherwise HTTP
 * Basic with a local account. The engine then applies that caller's authorizations and rules to every call.
 */
public class BearerOrBasicAuthentication implements AuthenticationProvider {

  /** Authorities that carry an application group (set by {@link SingleSignOn}'s token converter). */
  static final String GROUP_AUTHORITY = "GROUP_";

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
      AuthenticationResult result = AuthenticationResult.successful(token.getName());
      List<String> groups = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .filter(authority -> authority.startsWith(GROUP_AUTHORITY))
          .map(authority -> authority.substring(GROUP_AUTHORITY.length())).toList();
      result.setGroups(groups);
      return result;
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
