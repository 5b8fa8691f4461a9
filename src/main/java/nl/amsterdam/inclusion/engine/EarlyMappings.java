package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Camunda's MyBatis mappings, parsed on a thread of their own while Spring builds the application context.
 *
 * <p>Problem: parsing the engine's 60 mapping files is the largest single step of a start, about 2 s of the main thread
 * on a 2-core machine (28 % of its samples in a JFR profile of a start), and the main thread only reaches it after
 * Spring has spent 2 s creating the beans before the engine. Fix: {@link Starter} begins the parse when the context is
 * created, from the database type the datasource URL names; {@link EngineConfiguration} takes the result instead of
 * parsing again, only if the engine found the same database type and table prefix, and parses as usual otherwise.
 * Measured in docs/benchmarks.md (issue 21, cold start).
 */
public final class EarlyMappings {

  static final String BEAN = "earlyMappings";
  private static final Logger LOG = LoggerFactory.getLogger(EarlyMappings.class);

  private final String databaseType;
  private final String tablePrefix;
  private final CompletableFuture<Configuration> parse = new CompletableFuture<>();

  EarlyMappings(String databaseType, String tablePrefix) {
    this.databaseType = databaseType;
    this.tablePrefix = tablePrefix;
  }

  /** The database type Camunda will detect for a JDBC URL, as far as the URL tells; null when it does not. */
  static String databaseTypeOf(String jdbcUrl) {
    if (jdbcUrl == null) {
      return null;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "h2";
    }
    // CockroachDB uses the same driver; the engine then detects "cockroachdb" and parses for itself
    return jdbcUrl.startsWith("jdbc:postgresql:") ? "postgres" : null;
  }

  /**
   * Starts the parse on a daemon thread, which inherits the calling (Spring's main) thread's context class loader and
   * so loads classes as it does.
   */
  EarlyMappings start() {
    Thread thread = new Thread(this::parse, "mybatis-mappings");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  private void parse() {
    try (InputStream mappings = Thread.currentThread().getContextClassLoader()
        .getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        Reader reader = new InputStreamReader(mappings, StandardCharsets.UTF_8)) {
      // the properties ProcessEngineConfigurationImpl.initSqlSessionFactory parses with (no shared factory)
      Properties properties = new Properties();
      properties.put("prefix", tablePrefix);
      ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
      parse.complete(new XMLConfigBuilder(reader, "", properties).parse());
    } catch (IOException | RuntimeException | Error e) {
      parse.completeExceptionally(e);
    }
  }

  /**
   * The parsed mappings, once, if they were parsed for this engine's database type and table prefix; otherwise null
   * (the engine then parses them itself). Waits for the parse to end.
   */
  Configuration take(String engineDatabaseType, String engineTablePrefix) {
    if (!databaseType.equals(engineDatabaseType) || !tablePrefix.equals(engineTablePrefix)) {
      LOG.info("Mappings parsed for {} with prefix '{}' do not fit the engine ({}, '{}'): the engine parses them",
          databaseType, tablePrefix, engineDatabaseType, engineTablePrefix);
      return null;
    }
    try {
      return parse.get();
    } catch (ExecutionException e) {
      LOG.warn("Parsing the mappings ahead failed: the engine parses them", e.getCause());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Starts the parse when an application context is created (registered in META-INF/spring.factories, so that every
   * start of the application, tests included, goes this way) and offers the result as the bean {@value #BEAN}. Last of
   * the initializers: the tests' own database (support.TestDatabase) is set by then.
   */
  @Order(Ordered.LOWEST_PRECEDENCE)
  public static final class Starter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String databaseType = databaseTypeOf(context.getEnvironment().getProperty("spring.datasource.url"));
      if (databaseType == null || context.getBeanFactory().containsBean(BEAN)) {
        return;
      }
      String tablePrefix = context.getEnvironment().getProperty("camunda.bpm.database.table-prefix", "");
      context.getBeanFactory().registerSingleton(BEAN, new EarlyMappings(databaseType, tablePrefix).start());
    }
  }
}
