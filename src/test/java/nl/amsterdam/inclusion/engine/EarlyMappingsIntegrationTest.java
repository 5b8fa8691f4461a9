package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import nl.amsterdam.inclusion.support.ProcessTestCase;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's engine runs on the mappings parsed during the start, on H2 and (the second run) PostgreSQL. */
class EarlyMappingsIntegrationTest extends ProcessTestCase {

  @Test
  void theEngineTookTheMappingsParsedWhileTheContextStarted() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(EngineConfiguration.usesEarlyMappings(configuration)).isTrue();
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getEnvironment().getDataSource())
        .isSameAs(configuration.getDataSource());
    // the application's own statements (engine plugins) were added to them
    assertThat(configuration.getSqlSessionFactory().getConfiguration()
        .hasStatement(CappedTaskCounts.CAPPED_TASK_COUNT)).isTrue();
  }
}
