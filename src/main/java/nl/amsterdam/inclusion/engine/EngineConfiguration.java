package nl.amsterdam.inclusion.engine;

import java.util.List;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * The engine configuration of Camunda's Spring Boot starter (CamundaBpmConfiguration), with one difference: it takes
 * the MyBatis mappings {@link EarlyMappings} parsed during the context's start instead of parsing them again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  @Bean
  public ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
      ObjectProvider<EarlyMappings> earlyMappings) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new WithEarlyMappings(earlyMappings.getIfAvailable()));
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /** Tells whether an engine runs on the mappings parsed ahead (for the tests). */
  static boolean usesEarlyMappings(ProcessEngineConfigurationImpl configuration) {
    return configuration instanceof WithEarlyMappings withEarly && withEarly.tookEarlyMappings;
  }

  static final class WithEarlyMappings extends SpringProcessEngineConfiguration {

    private final EarlyMappings earlyMappings;
    private boolean tookEarlyMappings;

    WithEarlyMappings(EarlyMappings earlyMappings) {
      this.earlyMappings = earlyMappings;
    }

    @Override
    protected void initSqlSessionFactory() {
      Configuration parsed = earlyMappings == null || sqlSessionFactory != null || isUseSharedSqlSessionFactory ? null
          : earlyMappings.take(databaseType, databaseTablePrefix);
      if (parsed != null) {
        // what Camunda's initSqlSessionFactory does with the configuration it parses
        parsed.setEnvironment(new Environment("default", transactionFactory, dataSource));
        parsed.setDefaultStatementTimeout(jdbcStatementTimeout);
        if (isJdbcBatchProcessing()) {
          parsed.setDefaultExecutorType(ExecutorType.BATCH);
        }
        sqlSessionFactory = new DefaultSqlSessionFactory(parsed);
        tookEarlyMappings = true;
      }
      super.initSqlSessionFactory();
    }
  }
}
