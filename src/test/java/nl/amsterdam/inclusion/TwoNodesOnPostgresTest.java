package nl.amsterdam.inclusion;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.amsterdam.inclusion.support.FailAfterSend;
import nl.amsterdam.inclusion.support.TestModels;
import nl.amsterdam.inclusion.support.TestPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's cluster model with this application: two nodes (separate engines, job executors on)
 * on one PostgreSQL share the notification jobs, and every mail reaches the SMTP server once.
 */
class TwoNodesOnPostgresTest {

  private static final int INSTANCES = 150;

  @Test
  void twoNodesShareTheWorkAndEveryNotificationArrivesExactlyOnce() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    String url = TestPostgres.newDatabase("twonodes");
    try (ConfigurableApplicationContext node1 = node("node1", url, smtp.getSmtp().getPort());
         ConfigurableApplicationContext node2 = node("node2", url, smtp.getSmtp().getPort())) {
      ProcessEngine engine = node1.getBean(ProcessEngine.class);
      ProcessEngine other = node2.getBean(ProcessEngine.class);
      TestModels.deploy(engine.getRepositoryService());
      // cases arrive at both nodes, as behind a load balancer
      for (int i = 0; i < INSTANCES; i++) {
        (i % 2 == 0 ? engine : other).getRuntimeService().startProcessInstanceByKey(TestModels.NOTIFICATION,
            Map.of("recipients", "deelnemer" + i + "@example.org", "subjectText", "bericht " + i));
      }

      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestModels.NOTIFICATION)
          .count() > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }

      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("every instance ended").isZero();
      MimeMessage[] mails = smtp.getReceivedMessages();
      Set<String> recipients = Arrays.stream(mails).map(TwoNodesOnPostgresTest::recipient).collect(Collectors.toSet());
      assertThat(mails).as("one mail per instance, no duplicate").hasSize(INSTANCES);
      assertThat(recipients).hasSize(INSTANCES);
      Map<String, Long> jobsPerNode = engine.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
          .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
      System.out.println("Two nodes: " + INSTANCES + " instances, " + mails.length + " mails, jobs per node " + jobsPerNode);
      assertThat(jobsPerNode).as("both nodes executed jobs").hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConfigurableApplicationContext node(String name, String url, int smtpPort) {
    return new SpringApplicationBuilder(InclusionApplication.class, FailAfterSend.class)
        .profiles("postgres")
        .properties(
            "DB_URL=" + url, "DB_USERNAME=postgres", "DB_PASSWORD=postgres",
            // builder properties rank below application.yaml: set the variables its placeholders read
            "PORT=0", "JOB_EXECUTION_ENABLED=true", "MAIL_HOST=127.0.0.1", "MAIL_PORT=" + smtpPort,
            "camunda.bpm.process-engine-name=" + name,
            "camunda.bpm.job-execution.wait-time-in-millis=200",
            "camunda.bpm.job-execution.max-wait=1000")
        .run();
  }
}
