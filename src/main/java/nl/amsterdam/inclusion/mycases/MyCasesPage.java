package nl.amsterdam.inclusion.mycases;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the page "Mijn aanvragen" (static/mijn-aanvragen/index.html) at /mijn-aanvragen/. */
@Configuration
public class MyCasesPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/mijn-aanvragen", "/mijn-aanvragen/");
    registry.addViewController("/mijn-aanvragen/").setViewName("forward:/mijn-aanvragen/index.html");
  }
}
