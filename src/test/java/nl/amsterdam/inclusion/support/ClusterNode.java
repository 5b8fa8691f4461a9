package nl.amsterdam.inclusion.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.amsterdam.inclusion.InclusionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One production-like application node for the cluster tests: profile "postgres", job executor on,
 * mail to a test SMTP server. A node runs either in the test's JVM or in a JVM of its own, which a
 * test can kill as hard as a power cut ({@link Process#destroyForcibly()} sends SIGKILL).
 */
public final class ClusterNode {

  /** Jobs locked by a node that died become free again after this time. */
  public static final int LOCK_TIME_MILLIS = 8_000;

  private ClusterNode() {
  }

  /** Entry point of a node in its own JVM; its settings arrive as system properties. */
  public static void main(String[] args) {
    new SpringApplicationBuilder(InclusionApplication.class).profiles("postgres").run(args);
  }

  public static ConfigurableApplicationContext inThisJvm(String name, String url, int smtpPort) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(InclusionApplication.class).profiles("postgres");
    // builder properties rank below application.yaml: set the variables its placeholders read
    return builder.properties(settings(name, url, smtpPort).toArray(String[]::new)).run();
  }

  /** Starts a node in a JVM of its own and waits until it is ready; its output goes to target/NAME.log. */
  public static Process inOwnJvm(String name, String url, int smtpPort) {
    Path log = Path.of("target", name + ".log");
    List<String> command = new java.util.ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path")));
    settings(name, url, smtpPort).forEach(setting -> command.add("-D" + setting));
    command.add(ClusterNode.class.getName());
    try {
      Files.deleteIfExists(log);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      awaitReady(process, log.toFile());
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  private static void awaitReady(Process process, File log) throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node stopped during start, see " + log);
      }
      if (log.exists() && Files.readString(log.toPath()).contains("Started ClusterNode")) {
        return;
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Node not ready within 3 minutes, see " + log);
  }

  private static List<String> settings(String name, String url, int smtpPort) {
    return List.of(
        "DB_URL=" + url, "DB_USERNAME=postgres", "DB_PASSWORD=postgres",
        "PORT=0", "JOB_EXECUTION_ENABLED=true", "MAIL_HOST=127.0.0.1", "MAIL_PORT=" + smtpPort,
        "camunda.bpm.process-engine-name=" + name,
        "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000",
        "spring.datasource.hikari.connection-timeout=2000");
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
