package nl.amsterdam.inclusion.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST starter leaves {@code /engine-rest} open. As Camunda Run does, we put authentication in front of it
 * (and of the application's own {@code /api}): HTTP Basic for local accounts, or a bearer token of the city's
 * provider when single sign-on is on ({@link BearerOrBasicAuthentication}); the engine then applies that caller's
 * authorizations to every call.
 */
@Configuration
public class RestAuthenticationConfiguration {

  public static final String REST_PATH = "/engine-rest/*";
  /** The application's own API (reports), protected the same way. */
  public static final String API_PATH = "/api/*";
  /** The metrics operators scrape: the monitoring role (or an administrator) only. */
  public static final String METRICS_PATH = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(REST_PATH, API_PATH, METRICS_PATH);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        BearerOrBasicAuthentication.class.getName());
    // after Spring Security, which validates a bearer token first (single sign-on)
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** After the login above: the metrics are for operators, not for everyone with an account. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> monitoringOnly(CurrentUser currentUser) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!currentUser.isInAnyGroup(Groups.MONITORING, Groups.CAMUNDA_ADMIN)) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("monitoring-only");
    registration.addUrlPatterns(METRICS_PATH);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle();
  }

  /** Before anything checks a password: HTTP Basic here, and the webapps' login form. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
    registration.setName("login-throttle");
    registration.addUrlPatterns(REST_PATH, API_PATH, "/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
