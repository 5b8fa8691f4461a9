package nl.amsterdam.inclusion.panel;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the page "Documenten groeipanel" (static/groeipanel-documenten/index.html) at /groeipanel-documenten/. */
@Configuration
public class PanelDocumentPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/groeipanel-documenten", "/groeipanel-documenten/");
    registry.addViewController("/groeipanel-documenten/").setViewName("forward:/groeipanel-documenten/index.html");
  }
}
