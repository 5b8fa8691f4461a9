package nl.amsterdam.inclusion.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.amsterdam.inclusion.identity.DirectoryLogin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How people log in. Without single sign-on ({@code inclusion.sso.enabled=false}, the default and the demo) Spring
 * Security stays out of the way: Camunda's login form for the webapps and HTTP Basic for the APIs, as before. With it,
 * Tasklist, Cockpit, Admin and the dashboard log in through the city's OpenID Connect provider; each login brings the
 * person's name, address and groups into the engine ({@link DirectoryLogin}), and Camunda's webapps take the login
 * from the container ({@link ContainerBasedAuthenticationFilter}). The APIs take the provider's bearer tokens (for
 * integrations) and keep HTTP Basic for local accounts.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(SingleSignOnProperties.class)
public class SingleSignOn {

  /** The webapps and what their login needs; the APIs authenticate on their own (RestAuthenticationConfiguration). */
  private static final String[] WEB = {"/", "/camunda/**", "/dashboard/**", "/mijn-aanvragen/**", "/oauth2/**",
      "/login/**", "/logout", "/groeipanel-documenten/**"};
  /** Camunda user ids (and the engine's user whitelist). */
  private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  @Bean
  @Order(1)
  @ConditionalOnProperty(name = "inclusion.sso.enabled", havingValue = "true")
  SecurityFilterChain singleSignOnLogin(HttpSecurity http, SingleSignOnProperties sso, DirectoryLogin directory,
      ClientRegistrationRepository registrations) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
    return http.securityMatcher(paths(WEB))
        .authorizeHttpRequests(requests -> requests.requestMatchers(paths("/inloggen-mislukt.html")).permitAll()
            .anyRequest().authenticated())
        .oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(people(sso, directory)))
            .failureUrl("/inloggen-mislukt.html"))
        .logout(logout -> logout.logoutSuccessHandler(providerLogout))
        // Camunda's webapps protect themselves against cross-site requests (XSRF token) and set their own headers
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  /**
   * The APIs with single sign-on: a bearer token must be the provider's, for this application (audience), and
   * current; its groups or roles map to the application's groups as a login's do. Without a token, HTTP Basic with
   * a local account as before ({@link BearerOrBasicAuthentication}).
   */
  @Bean
  @Order(0)
  @ConditionalOnProperty(name = "inclusion.sso.enabled", havingValue = "true")
  SecurityFilterChain apiTokens(HttpSecurity http, SingleSignOnProperties sso) throws Exception {
    Converter<Jwt, AbstractAuthenticationToken> caller = token -> {
      List<GrantedAuthority> groups = mappedGroups(token.getClaim(sso.groupsClaim()), sso).stream()
          .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(BearerOrBasicAuthentication.GROUP_AUTHORITY + group))
          .toList();
      // a person's token names them as a login does; an integration's token by its subject
      String userId = userId(token.getClaimAsString(sso.userIdClaim()));
      return new JwtAuthenticationToken(token, groups, userId != null ? userId : token.getSubject());
    };
    return http.securityMatcher(paths("/engine-rest/**", "/api/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2ResourceServer(tokens -> tokens.jwt(jwt -> jwt.jwtAuthenticationConverter(caller)))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable())
        .build();
  }

  /** Everything else, and everything without single sign-on: as the application authenticates it itself. */
  @Bean
  @Order(2)
  SecurityFilterChain applicationOwnLogins(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(sessions -> sessions.disable())
        .logout(logout -> logout.disable())
        .build();
  }

  /**
   * The webapps (and the dashboard, which reads the webapps' login) take the person from the provider's login instead
   * of showing Camunda's login form.
   */
  @Bean
  @ConditionalOnProperty(name = "inclusion.sso.enabled", havingValue = "true")
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappLoginFromProvider(ProcessEngine engine) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter() {
          @Override
          protected String extractEngineName(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean ownPage = path.startsWith("/dashboard/") || path.startsWith("/mijn-aanvragen/")
                || path.startsWith("/groeipanel-documenten/");
            return ownPage ? engine.getName() : super.extractEngineName(request);
          }
        });
    registration.setName("webapp-login-from-provider");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*", "/dashboard/*", "/mijn-aanvragen/*",
        "/groeipanel-documenten/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    // after Spring Security, which puts the person in the request
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /**
   * Logging out of a webapp ("Afmelden") ends the application's whole session, the provider's login included: without
   * this the next request would log the person straight back in from the login Spring Security still holds. (Spring's
   * {@code /logout} ends it too, and also the session at the provider.)
   */
  @Bean
  @ConditionalOnProperty(name = "inclusion.sso.enabled", havingValue = "true")
  FilterRegistrationBean<OncePerRequestFilter> webappLogoutEndsTheLogin() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout")
            && response.getStatus() < 400) {
          SecurityContextHolder.clearContext();
          HttpSession session = request.getSession(false);
          if (session != null) {
            session.invalidate();
          }
        }
      }
    });
    registration.setName("webapp-logout-ends-the-login");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  /**
   * Paths as the servlet container sees them: the webapps and the APIs are served by Camunda's servlets, not by
   * Spring MVC, so Spring Security's default MVC matching does not apply to them.
   */
  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(path::matcher).toList());
  }

  /** Reads the person from the provider's token and brings them into the engine; a login without the claims fails. */
  static OAuth2UserService<OidcUserRequest, OidcUser> people(SingleSignOnProperties sso, DirectoryLogin directory) {
    OidcUserService provider = new OidcUserService();
    Set<String> managed = new LinkedHashSet<>();
    sso.groupMapping().values().forEach(managed::addAll);
    return request -> {
      OidcUser token = provider.loadUser(request);
      DirectoryLogin.Person person = person(token, sso);
      try {
        directory.apply(person, managed);
      } catch (DirectoryLogin.LocalAccountException localAccount) {
        throw new OAuth2AuthenticationException(new OAuth2Error("local_account",
            "Deze gebruikersnaam hoort bij een lokaal account; neem contact op met de servicedesk.", null));
      }
      return new CityUser(token, person.userId());
    };
  }

  static DirectoryLogin.Person person(OidcUser token, SingleSignOnProperties sso) {
    String userId = userId(token.getClaimAsString(sso.userIdClaim()));
    String email = token.getEmail();
    if (userId == null || blank(email) || blank(token.getGivenName()) || blank(token.getFamilyName())) {
      throw new OAuth2AuthenticationException(new OAuth2Error("incomplete_person",
          "Uw account mist een gebruikersnaam, naam of e-mailadres; neem contact op met de servicedesk.", null));
    }
    return new DirectoryLogin.Person(userId, token.getGivenName(), token.getFamilyName(), email,
        mappedGroups(token.getClaim(sso.groupsClaim()), sso));
  }

  /** The application's groups that a token's groups claim maps to; a value that maps to nothing gives none. */
  private static Set<String> mappedGroups(Object claim, SingleSignOnProperties sso) {
    Set<String> groups = new LinkedHashSet<>();
    for (String claimed : claimedGroups(claim)) {
      groups.addAll(sso.groupMapping().getOrDefault(claimed, List.of()));
    }
    return groups;
  }

  /** The user id the claim names: an address keeps its part before "@"; anything else unusable is no id. */
  static String userId(String claim) {
    if (claim == null) {
      return null;
    }
    String id = claim.contains("@") ? claim.substring(0, claim.indexOf('@')) : claim;
    id = id.toLowerCase(Locale.ROOT);
    return USER_ID.matcher(id).matches() ? id : null;
  }

  private static Collection<String> claimedGroups(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The provider's person, named by their user id in the engine (what the webapps read as the principal). */
  static final class CityUser extends DefaultOidcUser {

    private final String userId;

    CityUser(OidcUser token, String userId) {
      super(token.getAuthorities(), token.getIdToken(), token.getUserInfo());
      this.userId = userId;
    }

    @Override
    public String getName() {
      return userId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CityUser user && user.userId.equals(userId) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return userId.hashCode();
    }
  }
}
