package nl.amsterdam.inclusion.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;

/** Collects the benchmark's figures and writes them as docs/benchmarks.md: median (min–max) of the runs. */
final class Report {

  private String postgresVersion = "?";
  private String settings = "";
  private final StringBuilder efficiency = new StringBuilder();
  private final StringBuilder backlog = new StringBuilder();
  private final StringBuilder latency = new StringBuilder();
  private final StringBuilder lag = new StringBuilder();
  private final StringBuilder footprint = new StringBuilder();

  void postgres(String url, String user, String password) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
         Statement statement = connection.createStatement();
         ResultSet version = statement.executeQuery("SELECT current_setting('server_version'),"
             + " current_setting('fsync'), current_setting('synchronous_commit')")) {
      version.next();
      // the embedded server runs with fsync and synchronous_commit off: say so next to the figures
      postgresVersion = version.getString(1) + " (fsync " + version.getString(2) + ", synchronous_commit "
          + version.getString(3) + ")";
    } catch (Exception e) {
      postgresVersion = "unknown (" + e.getMessage() + ")";
    }
  }

  void settings(ConfigurableApplicationContext app) {
    if (!settings.isEmpty()) {
      return;
    }
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration();
    HikariDataSource pool = app.getBean(HikariDataSource.class);
    settings = String.format("history level `%s`, JDBC batch processing %s, connection pool %d, job threads %s,"
            + " authorization on, client threads %d, per connection `%s`",
        engine.getHistoryLevel().getName(), engine.isJdbcBatchProcessing() ? "on" : "off", pool.getMaximumPoolSize(),
        app.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size"), PerformanceBenchmark.THREADS,
        pool.getConnectionInitSql());
  }

  void efficiency(String variant, List<Double> journeys, List<Double> engineTx, List<Double> databaseTx,
      List<Double> rawTx, List<Double> ratios) {
    if (efficiency.isEmpty()) {
      efficiency.append("| settings | journeys/s | engine transactions/s | PostgreSQL commits/s during the journeys |"
          + " raw JDBC commits/s (simple-update) | ratio engine tx/s ÷ raw | target |\n|---|---|---|---|---|---|---|\n");
    }
    efficiency.append(String.format("| %s | %s | %s | %s | %s | **%s** | ≥ 0.3 |%n", variant, spread(journeys, 2),
        spread(engineTx, 0), spread(databaseTx, 0), spread(rawTx, 0), spread(ratios, 3)));
  }

  void backlog(int tasks, double seconds, Map<String, Long> rows) {
    long history = rows.entrySet().stream().filter(row -> row.getKey().startsWith("act_hi_"))
        .mapToLong(Map.Entry::getValue).sum();
    backlog.append(Double.isNaN(seconds) ? "The backlog of an earlier run (BENCH_BACKLOG_DB_URL). Rows: "
        : String.format("%,d cases started at their user task in %.0f s (%.0f/s). Rows: ", tasks, seconds, tasks / seconds));
    rows.forEach((table, count) -> backlog.append(String.format("`%s` %,d; ", table, count)));
    backlog.append(String.format("history rows in all: **%,d**.%n", history));
  }

  void latency(String user, String filter, List<double[]> rounds) {
    if (latency.isEmpty()) {
      latency.append("| user | filter (tasks it shows) | first page p50 | p95 | p99 | count p50 | p95 | p99 |\n"
          + "|---|---|---|---|---|---|---|---|\n");
    }
    latency.append("| ").append(user).append(" | ").append(filter);
    for (int column = 0; column < 6; column++) {
      List<Double> values = new ArrayList<>();
      for (double[] round : rounds) {
        values.add(round[column]);
      }
      latency.append(" | ").append(spread(values, 1));
    }
    latency.append(" |\n");
  }

  void jobLag(int nodes, int reminders, List<double[]> runs) {
    if (lag.isEmpty()) {
      lag.append("| nodes | reminders (jobs) | jobs/s | time until the last mail (s) | until the first mail (s) |\n"
          + "|---|---|---|---|---|\n");
    }
    lag.append(String.format("| %d | %,d (%,d) | %s | %s | %s |%n", nodes, reminders, reminders * 3,
        spread(column(runs, 0), 1), spread(column(runs, 1), 1), spread(column(runs, 2), 1)));
  }

  void footprint(List<Long> startMillis, List<Long> heapAfterStart, long peakHeap) {
    List<Double> start = startMillis.stream().map(ms -> ms / 1000.0).toList();
    List<Double> heap = heapAfterStart.stream().map(Long::doubleValue).toList();
    footprint.append(String.format("| start to ready (s) | heap after start and GC (MB) | peak heap under load (MB) |"
        + " JVM resident memory at the end (MB) |%n|---|---|---|---|%n| %s | %s | %d | %d |%n",
        spread(start, 1), spread(heap, 0), peakHeap, residentMb()));
  }

  String markdown() {
    return "# Benchmarks\n\n"
        + "Written by `mvn -Pbench test` (`src/test/java/nl/amsterdam/inclusion/benchmark`) on " + LocalDate.now()
        + ". Each figure is the median of the runs with (min–max): " + PerformanceBenchmark.RUNS + " runs for engine"
        + " efficiency, " + PerformanceBenchmark.LATENCY_RUNS + " for Tasklist latency, " + PerformanceBenchmark.LAG_RUNS
        + " per node count for the job lag.\n\n"
        + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGb() + " GB memory, Java "
        + System.getProperty("java.version") + ", PostgreSQL " + postgresVersion + " (application and database on the"
        + " same machine). Settings: " + settings + ".\n\n"
        + "## 1. Engine efficiency\n\nFull custom-work learning requests (the start form and 10 task forms submitted through the"
        + " forms' validation, 2 timers, 20 notification and service jobs, budget reservation and booking), "
        + PerformanceBenchmark.THREADS + " client threads for " + PerformanceBenchmark.SECONDS + " s, each run after "
        + PerformanceBenchmark.WARM_UP_SECONDS + " s of the same journeys unmeasured (the first run in the JVM after "
        + PerformanceBenchmark.FIRST_WARM_UP_SECONDS + " s, for the JIT). An engine"
        + " transaction is one start, task completion or job execution; the raw rate is pgbench's simple-update"
        + " (read a balance, update it, commit) on the same pool and threads, right after.\n\n" + efficiency
        + "\n## 2. Tasklist latency\n\n" + backlog + "\nEach shared filter as the user of that role sees it"
        + " (authorizations checked), first page of 15 newest tasks and the count, in ms; up to " + PerformanceBenchmark.SAMPLES
        + " samples per run (at least 3, at most 10 s of them) after 1 warm-up call, " + PerformanceBenchmark.LATENCY_RUNS
        + " run(s). Target: p95 ≤ 25 ms.\n\n" + latency
        + "\n## 3. Job lag\n\nReminder cases (a timer, then a notification task async before and after) whose timers"
        + " all fall due at once, mails to an in-process SMTP server (GreenMail), job executors with the application's"
        + " settings.\n\n" + lag + "\n## 4. Footprint\n\n" + footprint;
  }

  private static List<Double> column(List<double[]> runs, int index) {
    return runs.stream().map(run -> run[index]).toList();
  }

  private static String spread(List<Double> values, int decimals) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    String format = "%." + decimals + "f";
    int middle = sorted.size() / 2;
    double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    String median = String.format(Locale.ROOT, format, value);
    if (sorted.size() == 1) {
      return median;
    }
    return median + " (" + String.format(Locale.ROOT, format, sorted.get(0)) + "–"
        + String.format(Locale.ROOT, format, sorted.get(sorted.size() - 1)) + ")";
  }

  private static long memoryGb() {
    try {
      String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "");
      return Math.round(Long.parseLong(total) / 1024.0 / 1024.0);
    } catch (IOException e) {
      return Runtime.getRuntime().maxMemory() / (1024 * 1024 * 1024);
    }
  }

  private static long residentMb() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    } catch (IOException e) {
      return -1;
    }
  }
}
