package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/** The application's own SQL statements, run by the engine in place of Camunda's (for engine plugins' postInit). */
final class OwnStatements {

  private OwnStatements() {
  }

  /** Adds the statements of a MyBatis mapper file on the class path; they may include Camunda's SQL fragments. */
  static void add(ProcessEngineConfigurationImpl configuration, String mapperResource) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = OwnStatements.class.getClassLoader().getResourceAsStream(mapperResource)) {
      new XMLMapperBuilder(mapper, mybatis, mapperResource, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + mapperResource, e);
    }
  }

  /** Makes the engine run {@code ours} wherever it runs Camunda's statement {@code camundas}. */
  static void replace(ProcessEngineConfigurationImpl configuration, String camundas, String ours) {
    // a copy: the engine's mappings are shared by every engine on the same database type in this JVM
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    mappings.put(camundas, ours);
    sessions.setStatementMappings(mappings);
  }
}
