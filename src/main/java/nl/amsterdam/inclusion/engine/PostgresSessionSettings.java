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
 *   <li>{@code parallel_setup_cost = 10000} instead of 1000: starting parallel workers took 10-40 ms on a 2-core
 *   host, so a Tasklist page or count that stops after 15 or 101 tasks ran slower in parallel than alone: ayse's
 *   capped group count 28 ms against 3.6, her growth-panel count 54 against 17, mila's pilot count 15 against 1.7
 *   (100,000 tasks, PostgreSQL 15). Queries that read most of a large table still go parallel: the pilot filter's
 *   exact count of 60,000 tasks stays at 460 ms (900 ms without workers).</li>
 * </ul>
 * A connection-init-sql set in the configuration is kept as it is.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String SETTINGS = "SET jit = off; SET random_page_cost = 1.1; SET parallel_setup_cost = 10000";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SETTINGS);
    }
    return bean;
  }
}
