package nl.amsterdam.inclusion.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Refuses to start with a connection pool the job executor can drain. A notification job holds two
 * connections at once (the engine's transaction and the notification log's own, see
 * notification.NotificationLog); with fewer than two per job thread the threads wait for each other
 * until every transaction times out, which two nodes under load showed.
 */
@Component
public class ConnectionBudget implements InitializingBean {

  /** Connections left for Tasklist, Cockpit and REST calls while every job thread is busy. */
  static final int FOR_REQUESTS = 4;

  private final DataSource dataSource;
  private final CamundaBpmProperties camunda;

  public ConnectionBudget(DataSource dataSource, CamundaBpmProperties camunda) {
    this.dataSource = dataSource;
    this.camunda = camunda;
  }

  @Override
  public void afterPropertiesSet() {
    if (!(dataSource instanceof HikariDataSource pool) || !camunda.getJobExecution().isEnabled()) {
      return;
    }
    int needed = required(camunda.getJobExecution().getMaxPoolSize());
    if (pool.getMaximumPoolSize() < needed) {
      throw new IllegalStateException("DB_POOL_SIZE is " + pool.getMaximumPoolSize() + " but " + needed
          + " connections are needed for JOB_THREADS=" + camunda.getJobExecution().getMaxPoolSize()
          + " (2 per job thread + " + FOR_REQUESTS + "): raise DB_POOL_SIZE or lower JOB_THREADS");
    }
  }

  static int required(int jobThreads) {
    return 2 * jobThreads + FOR_REQUESTS;
  }
}
