package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node does the work it should: with job execution on, its job executor must be running, or timers and
 * mails stop on this node without anything else failing. Part of liveness and readiness (application.yaml).
 */
@Component("jobWorkHealthIndicator")
public class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngineConfigurationImpl configuration;
  private final boolean shouldRun;

  public JobExecutorHealth(ProcessEngineConfigurationImpl configuration,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean shouldRun) {
    this.configuration = configuration;
    this.shouldRun = shouldRun;
  }

  @Override
  public Health health() {
    JobExecutor executor = configuration.getJobExecutor();
    if (!shouldRun) {
      return Health.up().withDetail("jobExecution", "uit op deze node").build();
    }
    return executor != null && executor.isActive() ? Health.up().build()
        : Health.down().withDetail("jobExecution", "job executor loopt niet").build();
  }
}
