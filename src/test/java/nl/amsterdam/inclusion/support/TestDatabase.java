package nl.amsterdam.inclusion.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs every Spring test context on a real PostgreSQL when the build's PostgreSQL test run sets
 * {@code -Dinclusion.test.database=postgres}: each context gets a fresh database on the embedded
 * server. Registered in {@code META-INF/spring.factories}; contexts that name their own database
 * ({@code DB_URL}) keep it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String SELECTOR = "inclusion.test.database";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    if (!"postgres".equals(System.getProperty(SELECTOR)) || environment.containsProperty("DB_URL")) {
      return;
    }
    String url = TestPostgres.newDatabase("context");
    environment.getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres")));
  }
}
