package nl.amsterdam.inclusion.form;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FormRefusalConfiguration {

  /** Registers {@link FormRefusalMapper} with the REST starter's Jersey application ({@code /engine-rest}). */
  @Bean
  ResourceConfigCustomizer formRefusalMapper() {
    return config -> config.register(FormRefusalMapper.class);
  }
}
