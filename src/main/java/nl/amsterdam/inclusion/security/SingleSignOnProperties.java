package nl.amsterdam.inclusion.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the city's OpenID Connect provider ({@code inclusion.sso.*}; the provider itself is Spring's
 * {@code spring.security.oauth2.client.*} registration "city").
 *
 * @param enabled      log in through the provider instead of Camunda's own login form
 * @param userIdClaim  the claim that names the person; an address keeps the part before "@" (Camunda user ids)
 * @param groupsClaim  the claim with the person's groups or roles in the provider
 * @param groupMapping provider group or role → the application's groups (roles, clusters, directorates)
 */
@ConfigurationProperties("inclusion.sso")
public record SingleSignOnProperties(boolean enabled, String userIdClaim, String groupsClaim,
    Map<String, List<String>> groupMapping) {

  public SingleSignOnProperties {
    userIdClaim = userIdClaim == null ? "preferred_username" : userIdClaim;
    groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
    groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
  }
}
