package nl.amsterdam.inclusion.form;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
public class FormGuardConfiguration {

  /**
   * After the REST authentication filter (which sets the calling user for /engine-rest); Tasklist's
   * user is read from its session, whatever the order of the webapp's own filters.
   */
  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(FormSubmissions submissions,
      IdentityService identityService) {
    FilterRegistrationBean<FormSubmissionGuard> registration =
        new FilterRegistrationBean<>(new FormSubmissionGuard(submissions, identityService));
    registration.setName("form-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setMatchAfter(true);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
