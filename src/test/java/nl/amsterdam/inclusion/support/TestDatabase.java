package nl.amsterdam.inclusion.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a fresh database of its own: in-memory H2 by default (never the
 * quick start's file in ./data), or a new database on the embedded PostgreSQL server when the
 * build's PostgreSQL test run sets {@code -Dinclusion.test.database=postgres}. Registered in
 * {@code META-INF/spring.factories}, first of the initializers; contexts that name their own database ({@code DB_URL})
 * keep it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String SELECTOR = "inclusion.test.database";
  private static final AtomicInteger CONTEXTS = new AtomicInteger();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    if (environment.containsProperty("DB_URL")) {
      return;
    }
    Map<String, Object> datasource = "postgres".equals(System.getProperty(SELECTOR))
        ? Map.of("spring.datasource.url", TestPostgres.newDatabase("context"),
            "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
            // the server's shutdown hook may stop it before the contexts close: do not wait 30 s for it then
            "spring.datasource.hikari.connection-timeout", "2000")
        : Map.of("spring.datasource.url", "jdbc:h2:mem:context-" + CONTEXTS.incrementAndGet() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    environment.getPropertySources().addFirst(new MapPropertySource("test-database", datasource));
  }
}
