package nl.amsterdam.inclusion;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.amsterdam.inclusion.support.ClusterNode;
import nl.amsterdam.inclusion.support.Mails;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database goes away in the middle of the work and comes back: the running application loses
 * no case and no reminder, and carries on without a restart.
 */
class DatabaseOutageOnPostgresTest {

  private static final int INSTANCES = 120;

  @Test
  void theApplicationRecoversFromADatabaseOutageWithoutLosingWork() throws Exception {
    Path dataDirectory = Files.createTempDirectory("outage-pg");
    int port = freePort();
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    EmbeddedPostgres database = start(dataDirectory, port);
    try (Connection connection = database.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE outage");
    }
    String url = database.getJdbcUrl("postgres", "outage");
    try (ConfigurableApplicationContext node = ClusterNode.inThisJvm("node1", url, smtp.getSmtp().getPort())) {
      ProcessEngine engine = node.getBean(ProcessEngine.class);
      TestModels.deploy(engine.getRepositoryService());
      for (int i = 0; i < INSTANCES; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(TestModels.REMINDER,
            Map.of("recipients", "deelnemer" + i + "@example.org", "subjectText", "herinnering " + i));
      }
      await(() -> smtp.getReceivedMessages().length >= 20, Duration.ofMinutes(2));

      database.close();
      int mailsAtOutage = smtp.getReceivedMessages().length;
      assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceQuery().count())
          .as("the database is really gone").isNotNull();
      ClusterNode.sleep(5_000);
      database = start(dataDirectory, port);

      await(() -> running(engine) == 0, Duration.ofMinutes(3));
      assertThat(running(engine)).as("every case ended after the outage").isZero();
      long incidents = engine.getRuntimeService().createIncidentQuery().count();
      engine.getRuntimeService().startProcessInstanceByKey(TestModels.REMINDER,
          Map.of("recipients", "na-herstel@example.org", "subjectText", "na herstel"));
      await(() -> running(engine) == 0, Duration.ofMinutes(1));

      Set<String> recipients = Arrays.stream(smtp.getReceivedMessages())
          .map(Mails::recipient)
          .collect(Collectors.toSet());
      Set<String> messageIds = Arrays.stream(smtp.getReceivedMessages())
          .map(Mails::messageId)
          .collect(Collectors.toSet());
      System.out.printf("RELIABILITY database outage: %d cases, %d mails before the outage of 5 s, %d SMTP deliveries"
              + " after recovery, %d distinct messages, %d incidents, new case after recovery ended: %s%n",
          INSTANCES, mailsAtOutage, smtp.getReceivedMessages().length, messageIds.size(), incidents, running(engine) == 0);
      assertThat(incidents).as("an outage shorter than the retries leaves no incident").isZero();
      assertThat(recipients).as("every reminder and the one after recovery arrived").hasSize(INSTANCES + 1);
      assertThat(messageIds).as("no reminder twice").hasSize(INSTANCES + 1);
      assertThat(running(engine)).as("the application works on without a restart").isZero();
    } finally {
      database.close();
      smtp.stop();
    }
  }

  private static long running(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestModels.REMINDER).count();
  }

  private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException databaseStillRecovering) {
        // a query during the first seconds after the restart may still fail
      }
      ClusterNode.sleep(250);
    }
  }
}
