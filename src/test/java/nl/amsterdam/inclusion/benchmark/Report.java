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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private final StringBuilder submit = new StringBuilder();

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
      double transactionsOpenedPerJourney, Map<String, Double> kindsPerJourney, int submissions, double[] submitMs) {

    static Measured of(int journeys, long transactions, double seconds, long cpuNanos, DatabaseCounters.Snapshot first,
        DatabaseCounters.Snapshot last, List<Double> submitMillis) {
      Map<String, Double> kinds = new LinkedHashMap<>();
      last.statements().forEach((kind, calls) -> kinds.put(kind, (calls - first.statements(kind)) / (double) journeys));
      boolean counted = !last.statements().isEmpty();
      return new Measured(journeys / seconds, transactions / seconds, cpuNanos / 1e6 / journeys,
          transactions / (double) journeys,
          counted ? (last.statementsExceptTransactionControl() - first.statementsExceptTransactionControl())
              / (double) journeys : Double.NaN,
          (last.commits() - first.commits()) / (double) journeys,
          counted ? (last.statements("begin") - first.statements("begin")) / (double) journeys : Double.NaN, kinds,
          submitMillis.size(), new double[] {PerformanceBenchmark.percentile(submitMillis, 50),
              PerformanceBenchmark.percentile(submitMillis, 95), PerformanceBenchmark.percentile(submitMillis, 99)});
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
      latency.append("| user | filter (tasks it shows) | first page p50 | p95 | p99 | Tasklist's count p50 | p95 | p99"
          + " | exact count p50 |\n|---|---|---|---|---|---|---|---|---|\n");
    }
    latency.append("| ").append(user).append(" | ").append(filter);
    for (int column = 0; column < 7; column++) {
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
    lag.append(String.format("| %d | %,d (%,d) | %s | %s | %s |%n", nodes, reminders,
        reminders * PerformanceBenchmark.JOBS_PER_REMINDER,
        spread(column(runs, 0), 1), spread(column(runs, 1), 1), spread(column(runs, 2), 1)));
    if (nodes == 1) {
      headline.put("reminderFirstMailS", median(column(runs, 2)));
      headline.put("reminderLastMailS", median(column(runs, 1)));
    }
  }

  /** Section 4, measured in fresh JVMs by {@link Footprint}: per variant of the start command. */
  void footprint(String variant, List<Double> readySeconds, List<Double> idleRssMb, boolean headlineVariant) {
    if (footprint.isEmpty()) {
      footprint.append("| start command | start to ready (s) | resident memory after 30 s idle (MB) |\n|---|---|---|\n");
    }
    footprint.append(String.format("| %s | %s | %s |%n", variant, spread(readySeconds, 1), spread(idleRssMb, 0)));
    if (headlineVariant) {
      headline.put("coldStartS", median(readySeconds));
      headline.put("idleRssMb", median(idleRssMb));
    }
  }

  /** Section 5: the server time of each task form submission during the application's measured journeys. */
  void submissions(List<Measured> application, List<Measured> stockEngine) {
    submit.append("| engine | task submissions per run | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|\n");
    submissionRow("application (form validation, completion, on to the next task)", application);
    submissionRow("stock Camunda 7.24 (completion, on to the next task)", stockEngine);
    headline.put("submitP95Ms", median(application.stream().map(run -> run.submitMs()[1]).toList()));
  }

  private void submissionRow(String engine, List<Measured> runs) {
    submit.append(String.format("| %s | %s | %s | %s | %s |%n", engine,
        spread(runs.stream().map(run -> (double) run.submissions()).toList(), 0),
        spread(runs.stream().map(run -> run.submitMs()[0]).toList(), 1),
        spread(runs.stream().map(run -> run.submitMs()[1]).toList(), 1),
        spread(runs.stream().map(run -> run.submitMs()[2]).toList(), 1)));
  }

  /** The headline figures of this run merged into those of earlier runs: a figure this run did not measure stays. */
  String json(String earlier) {
    Map<String, String> figures = new LinkedHashMap<>();
    Matcher pair = Pattern.compile("\"(\\w+)\"\\s*:\\s*([-0-9.eE]+)").matcher(earlier == null ? "" : earlier);
    while (pair.find()) {
      figures.put(pair.group(1), pair.group(2));
    }
    headline.forEach((key, value) -> figures.put(key, String.format(Locale.ROOT, "%.3f", value)));
    StringBuilder json = new StringBuilder("{");
    figures.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ")
        .append(value));
    return json.append("}\n").toString();
  }

  /**
   * docs/benchmarks.md with the sections this run measured replaced, each between its markers
   * ({@code <!-- generated:NAME -->}); the other sections and the hand-written analysis outside the markers stay, so
   * that a run of one part (BENCH_ONLY) never loses the rest.
   */
  String markdown(String earlier) {
    String document = earlier == null || earlier.isBlank() ? "# Benchmarks\n\nWritten by `mvn -Pbench test`"
        + " (`src/test/java/nl/amsterdam/inclusion/benchmark`); each generated section says when and how it was"
        + " measured. Each figure is the median of the runs with (min–max).\n" : earlier;
    Map<String, String> measured = new LinkedHashMap<>();
    if (!stock.isEmpty()) {
      measured.put("stock", "## 1. Against a stock Camunda engine\n\n" + measuredOn(PerformanceBenchmark.RUNS + " pairs of"
          + " runs of " + PerformanceBenchmark.SECONDS + " s") + "The journeys of section 1a, in turns on the application"
          + " and on a stock Camunda 7.24 engine in the same JVM (`StockEngine`: Camunda's default configuration with"
          + " history `full`, authorization on and the job executor off as on the application's node; the application's"
          + " own BPMN and DMN files with no-op delegates; the forms' values completed without validation), each on a new"
          + " database of an embedded PostgreSQL that loads `pg_stat_statements`; the same pool size and client threads,"
          + " each run after its own warm-up. Java CPU is the whole JVM's (the engine, the client threads, the in-process"
          + " SMTP server).\n\n" + stock);
    }
    if (!efficiency.isEmpty()) {
      measured.put("efficiency", "## 1a. Engine efficiency\n\n" + measuredOn(PerformanceBenchmark.RUNS + " runs")
          + "Full custom-work learning requests (the start form and the task forms submitted through the forms'"
          + " validation, 2 timers, the notification and service jobs, budget reservation and booking), "
          + PerformanceBenchmark.THREADS + " client threads for " + PerformanceBenchmark.SECONDS + " s, each run after "
          + PerformanceBenchmark.WARM_UP_SECONDS + " s of the same journeys unmeasured (the first run in the JVM after "
          + PerformanceBenchmark.FIRST_WARM_UP_SECONDS + " s, for the JIT). An engine transaction is one start, task"
          + " completion or job execution; the raw rate is pgbench's simple-update (read a balance, update it, commit)"
          + " on the same pool and threads, right after.\n\n" + efficiency);
    }
    if (!latency.isEmpty()) {
      measured.put("latency", "## 2. Tasklist latency\n\n" + measuredOn(PerformanceBenchmark.LATENCY_RUNS + " runs")
          + backlog + "\nEach shared filter as the user of that role sees it (authorizations checked), first page of 15"
          + " newest tasks and the count Tasklist asks with it in the same request (which stops at 101: \"100+\", and"
          + " is taken from a page that was not full: engine.CappedTaskCounts),"
          + " in ms; up to " + PerformanceBenchmark.SAMPLES + " samples per run (at least 3, at most 10 s of them) after 1"
          + " warm-up call; then the exact count, 3 samples per run, for comparison. Target: p95 ≤ 25 ms for the page"
          + " and Tasklist's count.\n\n" + latency);
    }
    if (!lag.isEmpty()) {
      measured.put("lag", "## 3. Job lag\n\n" + measuredOn(PerformanceBenchmark.LAG_RUNS + " runs per node count")
          + "Reminder cases (a timer, then a notification task, modelled as the processes' reminders) whose timers all"
          + " fall due at once, mails to an in-process SMTP server (GreenMail), job executors with the application's"
          + " settings.\n\n" + lag);
    }
    if (!footprint.isEmpty()) {
      measured.put("footprint", "## 4. Footprint\n\n" + measuredOn(Footprint.RUNS + " starts per start command")
          + "The executable jar started in a fresh JVM of its own (`benchmark.Footprint`), with the profiles `postgres`"
          + " and `demo` on a database it has started on once before, the job executor on; ready is the first"
          + " `UP` from `/actuator/health`; resident memory (`VmRSS`) after 30 s idle."
          + " Targets: ready ≤ 5 s, resident memory ≤ 400 MB.\n\n" + footprint);
    }
    if (!submit.isEmpty()) {
      measured.put("submit", "## 5. What a person waits for\n\n" + measuredOn(PerformanceBenchmark.RUNS + " runs")
          + "The server time of each task form submission during section 1's measured journeys (" + PerformanceBenchmark.THREADS
          + " client threads at full speed): validating the form against the case's state, completing the task and"
          + " running on to the next wait (the next task, or the job that sends its mail). Target: p95 ≤ 50 ms.\n\n"
          + submit);
    }
    for (Map.Entry<String, String> section : measured.entrySet()) {
      document = replaceSection(document, section.getKey(), section.getValue());
    }
    return document;
  }

  private String measuredOn(String runs) {
    return "_Measured on " + LocalDate.now() + ", " + runs + ". Machine: " + Runtime.getRuntime().availableProcessors()
        + " cores, " + memoryGb() + " GB memory, Java " + System.getProperty("java.version") + ", PostgreSQL "
        // the footprint section alone starts no node in this JVM, so has no node settings to name
        + postgresVersion + (settings.isEmpty() ? "" : ". Settings: " + settings) + "._\n\n";
  }

  static String replaceSection(String document, String name, String content) {
    String open = "<!-- generated:" + name + " -->";
    String close = "<!-- /generated:" + name + " -->";
    String block = open + "\n" + content.strip() + "\n" + close;
    int from = document.indexOf(open);
    int to = document.indexOf(close);
    if (from < 0 || to < from) {
      return document.stripTrailing() + "\n\n" + block + "\n";
    }
    return document.substring(0, from) + block + document.substring(to + close.length());
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
}
