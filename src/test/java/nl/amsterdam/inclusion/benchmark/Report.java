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
import java.util.LinkedHashMap;
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
  private final StringBuilder stock = new StringBuilder();
  private final StringBuilder efficiency = new StringBuilder();
  /** The headline figures that this run measured, for docs/benchmarks.json. */
  private final Map<String, Double> headline = new LinkedHashMap<>();
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

  /** One engine's journeys in one run, per journey where it says so. */
  record Measured(double journeysPerSecond, double transactionsPerSecond, double cpuMsPerJourney,
      double transactionsPerJourney, double statementsPerJourney, double commitsPerJourney,
      double transactionsOpenedPerJourney, Map<String, Double> kindsPerJourney) {

    static Measured of(int journeys, long transactions, double seconds, long cpuNanos, DatabaseCounters.Snapshot first,
        DatabaseCounters.Snapshot last) {
      Map<String, Double> kinds = new LinkedHashMap<>();
      last.statements().forEach((kind, calls) -> kinds.put(kind, (calls - first.statements(kind)) / (double) journeys));
      boolean counted = !last.statements().isEmpty();
      return new Measured(journeys / seconds, transactions / seconds, cpuNanos / 1e6 / journeys,
          transactions / (double) journeys,
          counted ? (last.statementsExceptTransactionControl() - first.statementsExceptTransactionControl())
              / (double) journeys : Double.NaN,
          (last.commits() - first.commits()) / (double) journeys,
          counted ? (last.statements("begin") - first.statements("begin")) / (double) journeys : Double.NaN, kinds);
    }

    double commitsPerTransaction() {
      return commitsPerJourney / transactionsPerJourney;
    }

    double kind(String kind) {
      return kindsPerJourney.getOrDefault(kind, 0.0);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f journeys/s, %.0f engine tx/s, %.0f ms CPU, %.0f statements and %.1f"
          + " commits per journey, %.2f commits per engine tx", journeysPerSecond, transactionsPerSecond,
          cpuMsPerJourney, statementsPerJourney, commitsPerJourney, commitsPerTransaction());
    }
  }

  void stock(List<Measured> application, List<Measured> stockEngine) {
    List<Double> ratios = new ArrayList<>();
    for (int run = 0; run < application.size(); run++) {
      ratios.add(application.get(run).journeysPerSecond() / stockEngine.get(run).journeysPerSecond());
    }
    stock.append("| engine | journeys/s | engine transactions/s | engine transactions per journey | Java CPU ms per"
        + " journey | SQL statements per journey | PostgreSQL commits per journey | commits per engine transaction |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    stockRow("application", application);
    stockRow("stock Camunda 7.24", stockEngine);
    stock.append(String.format("%n**R = application journeys/s ÷ stock journeys/s: %s** (per pair of runs; target ≥ 1.0,"
        + " goal 1.5). Commits per engine transaction of the application: **%s** (target ≤ 1.5).%n%n", spread(ratios, 2),
        spread(application.stream().map(Measured::commitsPerTransaction).toList(), 2)));
    stock.append("Where the commits come from, per journey (`pg_stat_database` and `pg_stat_statements`: a transaction"
        + " that the engine or Spring opened starts with `BEGIN`; every other transaction is one statement sent in"
        + " auto-commit. The client threads' own lookups of the next task and of the jobs to run are engine commands"
        + " too, each in its own transaction, on both sides alike):\n\n"
        + "| engine | engine transactions | transactions (commits and rollbacks) | of which opened with `BEGIN` | of which"
        + " single statements in auto-commit | `SELECT` | `INSERT` | `UPDATE` | `DELETE` |\n"
        + "|---|---|---|---|---|---|---|---|---|\n");
    commitRow("application", application);
    commitRow("stock Camunda 7.24", stockEngine);
    // The client threads' lookups (the next task, the jobs to run) are commands with a commit each, on both sides
    // alike; the stock engine commits exactly once per command, so its surplus of commits over engine transactions
    // is what those lookups cost, and the application's commits beyond that are its own.
    List<Double> ownCommits = new ArrayList<>();
    for (int run = 0; run < application.size(); run++) {
      Measured stockRun = stockEngine.get(run);
      double lookups = stockRun.commitsPerJourney() - stockRun.transactionsPerJourney();
      Measured app = application.get(run);
      ownCommits.add((app.commitsPerJourney() - lookups) / app.transactionsPerJourney());
    }
    stock.append(String.format("%nCommits per engine transaction of the application without the client threads' lookups"
        + " (the stock engine's commits beyond its engine transactions, per journey, taken off): **%s** (target ≤ 1.5).%n",
        spread(ownCommits, 2)));
    headline.put("stockRatio", median(ratios));
    headline.put("commitsPerEngineTransaction", median(ownCommits));
  }

  private void stockRow(String engine, List<Measured> runs) {
    stock.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", engine,
        spread(runs.stream().map(Measured::journeysPerSecond).toList(), 2),
        spread(runs.stream().map(Measured::transactionsPerSecond).toList(), 0),
        spread(runs.stream().map(Measured::transactionsPerJourney).toList(), 1),
        spread(runs.stream().map(Measured::cpuMsPerJourney).toList(), 0),
        spread(runs.stream().map(Measured::statementsPerJourney).toList(), 0),
        spread(runs.stream().map(Measured::commitsPerJourney).toList(), 1),
        spread(runs.stream().map(Measured::commitsPerTransaction).toList(), 2)));
  }

  private void commitRow(String engine, List<Measured> runs) {
    stock.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", engine,
        spread(runs.stream().map(Measured::transactionsPerJourney).toList(), 1),
        spread(runs.stream().map(Measured::commitsPerJourney).toList(), 1),
        spread(runs.stream().map(Measured::transactionsOpenedPerJourney).toList(), 1),
        spread(runs.stream().map(run -> run.commitsPerJourney() - run.transactionsOpenedPerJourney()).toList(), 1),
        spread(runs.stream().map(run -> run.kind("select")).toList(), 0),
        spread(runs.stream().map(run -> run.kind("insert")).toList(), 0),
        spread(runs.stream().map(run -> run.kind("update")).toList(), 0),
        spread(runs.stream().map(run -> run.kind("delete")).toList(), 0)));
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
      if (column == 1 || column == 4) {
        headline.merge("tasklistWorstP95Ms", median(values), Math::max);
      }
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
    if (nodes == 1) {
      headline.put("reminderFirstMailS", median(column(runs, 2)));
      headline.put("reminderLastMailS", median(column(runs, 1)));
    }
  }

  void footprint(List<Long> startMillis, List<Long> heapAfterStart, long peakHeap) {
    List<Double> start = startMillis.stream().map(ms -> ms / 1000.0).toList();
    List<Double> heap = heapAfterStart.stream().map(Long::doubleValue).toList();
    footprint.append(String.format("| start to ready (s) | heap after start and GC (MB) | peak heap under load (MB) |"
        + " JVM resident memory at the end (MB) |%n|---|---|---|---|%n| %s | %s | %d | %d |%n",
        spread(start, 1), spread(heap, 0), peakHeap, residentMb()));
  }

  /** The headline figures measured in this run, as docs/benchmarks.json; a figure not measured is left out. */
  String json() {
    StringBuilder json = new StringBuilder("{");
    headline.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ")
        .append(String.format(Locale.ROOT, "%.3f", value)));
    return json.append("}\n").toString();
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
        + "## 1. Against a stock Camunda engine\n\nThe journeys of section 1a, in turns on the application and on a"
        + " stock Camunda 7.24 engine in the same JVM (`StockEngine`: Camunda's default configuration with history `full`,"
        + " authorization on and the job executor off as on the application's node; the application's own BPMN and DMN"
        + " files with no-op delegates; the forms' values completed without validation), each on a new database of an"
        + " embedded PostgreSQL that loads `pg_stat_statements`; the same pool size and client threads, each run after its"
        + " own warm-up. Java CPU is the whole JVM's (the engine, the client threads, the in-process SMTP server).\n\n"
        + stock
        + "\n## 1a. Engine efficiency\n\nFull custom-work learning requests (the start form and 10 task forms submitted through the"
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

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String spread(List<Double> values, int decimals) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    String format = "%." + decimals + "f";
    String median = String.format(Locale.ROOT, format, median(values));
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
