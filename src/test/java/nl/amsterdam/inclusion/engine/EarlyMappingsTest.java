package nl.amsterdam.inclusion.engine;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyMappingsTest {

  @Test
  void theDatabaseTypeComesFromTheUrlOnlyWhereTheUrlTellsIt() {
    assertThat(EarlyMappings.databaseTypeOf("jdbc:h2:mem:test")).isEqualTo("h2");
    assertThat(EarlyMappings.databaseTypeOf("jdbc:postgresql://db:5432/inclusion")).isEqualTo("postgres");
    assertThat(EarlyMappings.databaseTypeOf("jdbc:mariadb://db/inclusion")).isNull();
    assertThat(EarlyMappings.databaseTypeOf(null)).isNull();
  }

  @Test
  void theMappingsAreParsedWithTheStatementsOfTheirDatabaseType() {
    Configuration parsed = new EarlyMappings("postgres", "").start().take("postgres", "");

    assertThat(parsed.hasStatement("selectTaskCountByQueryCriteria")).isTrue();
    assertThat(parsed.getVariables().getProperty("limitAfter"))
        .isEqualTo(DbSqlSessionFactory.databaseSpecificLimitAfterStatements.get("postgres"));
    assertThat(parsed.getEnvironment()).as("the engine sets its own transactions and data source").isNull();
  }

  @Test
  void anEngineOnAnotherDatabaseTypeOrTablePrefixParsesForItself() {
    EarlyMappings parsedForPostgres = new EarlyMappings("postgres", "").start();

    assertThat(parsedForPostgres.take("cockroachdb", "")).isNull();
    assertThat(parsedForPostgres.take("postgres", "camunda.")).isNull();
  }
}
