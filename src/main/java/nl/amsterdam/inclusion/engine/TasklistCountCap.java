package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the task count of Tasklist's task list ({@code POST .../filter/{id}/list} on Tasklist's own API), the count
 * Tasklist shows with every page of the open filter ({@link CappedTaskCounts}). Not a rule: a request this filter
 * does not recognise gets the exact count, and {@code /engine-rest} always does.
 */
@Configuration
public class TasklistCountCap {

  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";
  private static final Pattern FILTER_LIST = Pattern.compile(".*/filter/[^/]+/list/?");
  /** Tasklist's page size, when a request names none. */
  private static final int PAGE = 15;

  @Bean
  FilterRegistrationBean<Filter> tasklistCountCapFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("tasklist-count-cap");
    registration.addUrlPatterns(WEBAPP_ENGINE_API);
    return registration;
  }

  static class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !FILTER_LIST.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      int firstResult = number(request.getParameter("firstResult"), 0);
      int maxResults = number(request.getParameter("maxResults"), PAGE);
      try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(firstResult, maxResults)) {
        chain.doFilter(request, response);
      }
    }

    private static int number(String value, int otherwise) {
      try {
        return value == null ? otherwise : Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return otherwise; // Camunda answers the bad parameter itself
      }
    }
  }
}
