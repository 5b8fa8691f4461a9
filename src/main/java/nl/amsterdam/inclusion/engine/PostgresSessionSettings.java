package nl.amsterdam.inclusion.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Planner settings for every pooled PostgreSQL connection, for the authorization-checked queries that
 * {@link PostgresQueryTuning} deals with:
 *
 * <ul>
 *   <li>{@code jit = off}: the large task counts cross PostgreSQL's JIT threshold and spent half their
 *   time (0.6 of 1.3 s) compiling; short transactional queries never gain from it.</li>
 *   <li>{@code random_page_cost = 1.1} instead of 4, as for SSDs and cached data: at 4 the planner still
 *   compared a directorate lead's 15,000 growth-panel tasks with each of her 1,250 grants (2.1 s) rather
 *   than probing the grants' index per task (0.3 s).</li>
 * </ul>
 * A connection-init-sql set in the configuration is kept as it is.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String SETTINGS = "SET jit = off; SET random_page_cost = 1.1";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SETTINGS);
    }
    return bean;
  }
}
