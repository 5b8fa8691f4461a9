package nl.amsterdam.inclusion.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionBudgetTest {

  @Test
  void aPoolWithTwoConnectionsPerJobThreadAndRoomForRequestsIsAccepted() {
    assertThatCode(() -> budget(12, 4).afterPropertiesSet()).doesNotThrowAnyException();
  }

  @Test
  void aPoolTheJobThreadsCanDrainIsRefusedNamingBothSettings() {
    assertThatThrownBy(() -> budget(10, 4).afterPropertiesSet())
        .hasMessageContaining("DB_POOL_SIZE is 10 but 12")
        .hasMessageContaining("JOB_THREADS=4");
  }

  private static ConnectionBudget budget(int poolSize, int jobThreads) {
    HikariDataSource pool = new HikariDataSource();
    pool.setMaximumPoolSize(poolSize);
    CamundaBpmProperties camunda = new CamundaBpmProperties();
    camunda.getJobExecution().setEnabled(true);
    camunda.getJobExecution().setMaxPoolSize(jobThreads);
    return new ConnectionBudget(pool, camunda);
  }
}
