package nl.amsterdam.inclusion.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import nl.amsterdam.inclusion.InclusionApplication;
import nl.amsterdam.inclusion.engine.CappedTaskCounts;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.learning.ClusterBudgets;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.TestModels;
import nl.amsterdam.inclusion.support.TestPostgres;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of issue #8, run by {@code mvn -Pbench test} (never in the normal test run). It
 * prints its tables and writes them to docs/benchmarks.md. No timing is asserted; the assertions
 * only check that the work measured was really done.
 *
 * <p>Against a new database on the embedded PostgreSQL, or on the server of {@code BENCH_DB_URL}
 * (a JDBC URL to a database the user may create databases from, with BENCH_DB_USER and
 * BENCH_DB_PASSWORD). Sizes: BENCH_THREADS, BENCH_SECONDS, BENCH_RUNS, BENCH_TASKS, BENCH_REMINDERS.
 * BENCH_BACKLOG_DB_URL measures the Tasklist latency on a backlog an earlier run left; BENCH_PROPERTIES adds
 * application settings (comma-separated name=value) to compare. The engine efficiency starts with the same journeys on
 * a {@link StockEngine} in turns with the application's (issue #21); BENCH_VARIANTS=0 leaves out the variants after it.
 */
class PerformanceBenchmark {

  static final int THREADS = setting("BENCH_THREADS", 4);
  static final int SECONDS = setting("BENCH_SECONDS", 30);
  static final int WARM_UP_SECONDS = setting("BENCH_WARM_UP_SECONDS", 15);
  /** The JIT needs minutes, not seconds: without this the first run measured about 20 % below the ones after it. */
  static final int FIRST_WARM_UP_SECONDS = setting("BENCH_FIRST_WARM_UP_SECONDS", 180);
  static final int RUNS = setting("BENCH_RUNS", 3);
  static final int TASKS = setting("BENCH_TASKS", 100_000);
  static final int REMINDERS = setting("BENCH_REMINDERS", 10_000);
  static final int LAG_RUNS = setting("BENCH_LAG_RUNS", RUNS);
  /** The reminder's timer and its sending job (scheduled-reminder-test, as the processes' reminders). */
  static final int JOBS_PER_REMINDER = 2;
  static final int LATENCY_RUNS = setting("BENCH_LATENCY_RUNS", RUNS);
  static final int SAMPLES = 50;
  static final List<String> CLUSTERS = List.of("sociaal", "ruimte-economie", "dienstverlening", "bestuur");
  /** The clusters whose account managers the demo data has: the journeys' mails need a recipient. */
  static final List<String> STAFFED_CLUSTERS = List.of("sociaal", "ruimte-economie");

  private final Report report = new Report();
  private int databases;
  private boolean jvmWarm;

  @Test
  void measure() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try {
      // BENCH_ONLY=1, 2, 3 or 4 (or several, e.g. 14) runs those parts; each replaces only its own section
      String only = System.getenv().getOrDefault("BENCH_ONLY", "1234");
      if (only.contains("1")) {
        againstStockEngine(smtp);
        write();
        // BENCH_VARIANTS=0 leaves out the variants below (the application alone), for short comparisons
        if (setting("BENCH_VARIANTS", 1) > 0) {
          engineEfficiency(smtp, "full", RUNS, false);
          // the same journeys with the lighter history level, to show what the audit trail costs
          engineEfficiency(smtp, "audit", 1, false);
          // and on a server that flushes its log at each commit, as a production one does
          if (System.getenv("BENCH_DB_URL") == null) {
            engineEfficiency(smtp, "full", Math.max(1, RUNS - 1), true);
          }
          write();
        }
      }
      if (only.contains("2")) {
        tasklistLatency(smtp);
        write();
      }
      if (only.contains("3")) {
        jobLag(smtp);
        write();
      }
      if (only.contains("4")) {
        String url = newDatabase();
        new Footprint(Map.of("DB_URL", url, "DB_USERNAME", user(), "DB_PASSWORD", password(), "MAIL_HOST", "127.0.0.1",
            "MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()), "JOB_EXECUTION_ENABLED", "true")).measure(report);
      }
    } finally {
      smtp.stop();
    }
    System.out.println(write());
  }

  /** Writes what is measured so far: a long run that is stopped keeps its finished parts. */
  private String write() throws IOException {
    Path markdownFile = Path.of("docs", "benchmarks.md");
    Path jsonFile = Path.of("docs", "benchmarks.json");
    String markdown = report.markdown(Files.exists(markdownFile) ? Files.readString(markdownFile) : null);
    Files.writeString(markdownFile, markdown);
    Files.writeString(jsonFile, report.json(Files.exists(jsonFile) ? Files.readString(jsonFile) : null));
    return markdown;
  }

  // ---- 1. engine efficiency -------------------------------------------------------------------

  /**
   * The application's journeys and the same journeys on a {@link StockEngine}, in turns (A/B/A/B) so that the load
   * of a shared machine falls on both alike, each on a new database of a server that counts statements; the same
   * pool size and client threads.
   */
  private void againstStockEngine(GreenMail smtp) throws Exception {
    List<Report.Measured> application = new ArrayList<>();
    List<Report.Measured> stock = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      String url = DatabaseCounters.newDatabase("bench_app");
      report.postgres(url, user(), password());
      Map<String, Object> prepared;
      int poolSize;
      try (ConfigurableApplicationContext app = node(url, "bench1", false, smtp)) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        fundClusters(app);
        poolSize = app.getBean(HikariDataSource.class).getMaximumPoolSize();
        application.add(measure(engine, app.getBean(DataSource.class), transactions -> new Journey(engine, transactions)));
        prepared = preparedVariables(engine);
      }
      try (StockEngine stockEngine = new StockEngine(DatabaseCounters.newDatabase("bench_stock"), user(), password(),
          poolSize)) {
        ProcessEngine engine = stockEngine.engine();
        stock.add(measure(engine, stockEngine.dataSource(), transactions -> new StockJourney(engine, transactions, prepared)));
      }
      System.out.printf("against the stock engine, run %d: application %s; stock %s%n", run + 1,
          application.get(run), stock.get(run));
    }
    report.stock(application, stock);
    report.submissions(application, stock);
  }

  /** Journeys from THREADS threads for SECONDS after a warm-up, with the JVM's CPU and the database's counts. */
  private Report.Measured measure(ProcessEngine engine, DataSource dataSource,
      Function<AtomicLong, Journey> journeys) throws Exception {
    long warmUpEnd = System.nanoTime() + (jvmWarm ? WARM_UP_SECONDS : FIRST_WARM_UP_SECONDS) * 1_000_000_000L;
    jvmWarm = true;
    inThreads(THREADS, thread -> {
      Journey journey = journeys.apply(new AtomicLong());
      while (System.nanoTime() < warmUpEnd) {
        journey.customLearningRequest(STAFFED_CLUSTERS.get(thread % STAFFED_CLUSTERS.size()));
      }
      return 0;
    });
    long before = completedRequests(engine);
    DatabaseCounters.Snapshot first = DatabaseCounters.take(dataSource);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    AtomicLong transactions = new AtomicLong();
    List<Double> submitMillis = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    long deadline = started + SECONDS * 1_000_000_000L;
    List<Integer> done = inThreads(THREADS, thread -> {
      int count = 0;
      Journey journey = journeys.apply(transactions).timingSubmissionsInto(submitMillis);
      while (System.nanoTime() < deadline) {
        journey.customLearningRequest(STAFFED_CLUSTERS.get((thread + count) % STAFFED_CLUSTERS.size()));
        count++;
      }
      return count;
    });
    double seconds = (System.nanoTime() - started) / 1e9;
    long cpuNanos = os.getProcessCpuTime() - cpu;
    DatabaseCounters.Snapshot last = DatabaseCounters.take(dataSource);
    int total = done.stream().mapToInt(Integer::intValue).sum();
    assertThat(completedRequests(engine)).isEqualTo(before + total);
    System.out.println("statements per journey, most run first, on " + engine.getName() + ":\n" + last.mostRun(first, total, 25));
    return Report.Measured.of(total, transactions.get(), seconds, cpuNanos, first, last, submitMillis);
  }

  private static long completedRequests(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(LearningProcess.REQUEST).completed().count();
  }

  private static void fundClusters(ConfigurableApplicationContext app) {
    ClusterBudgets budgets = app.getBean(ClusterBudgets.class);
    int year = Year.now(CityTime.ZONE).getValue();
    CLUSTERS.forEach(cluster -> budgets.setBudget(cluster, year, new BigDecimal("1000000000")));
  }

  /** What the application's preparing step put into its last finished request (options as their JSON text). */
  private static Map<String, Object> preparedVariables(ProcessEngine engine) {
    String request = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(LearningProcess.REQUEST).completed().orderByProcessInstanceEndTime().desc()
        .listPage(0, 1).get(0).getId();
    Map<String, Object> prepared = new HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(request)
        .variableNameIn(LearningProcess.REQUEST_REFERENCE, LearningProcess.BUDGET_YEAR,
            LearningProcess.ACCOUNT_MANAGER_GROUP, LearningProcess.CLUSTER_NAME, LearningProcess.OPEN_OFFER_OPTIONS,
            LearningProcess.PROVIDER_OPTIONS, LearningProcess.LEARNING_ADVISOR_OPTIONS, LearningProcess.VIA_LEADER,
            LearningProcess.EMPLOYEE_ID, LearningProcess.EMPLOYEE_NAME, LearningProcess.LEADER_ID,
            LearningProcess.LEADER_NAME, LearningProcess.ALSO_INFORMED)
        .list().forEach(variable -> prepared.put(variable.getName(), variable.getValue() == null
            || variable.getValue() instanceof String || variable.getValue() instanceof Number
            || variable.getValue() instanceof Boolean ? variable.getValue() : String.valueOf(variable.getValue())));
    prepared.put(LearningProcess.LEARNING_ADVISOR, null);
    return prepared;
  }

  private void engineEfficiency(GreenMail smtp, String historyLevel, int runs, boolean durable) throws Exception {
    List<Double> journeys = new ArrayList<>();
    List<Double> engineTx = new ArrayList<>();
    List<Double> databaseTx = new ArrayList<>();
    List<Double> rawTx = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      String url = durable ? TestPostgres.newDurableDatabase("bench_durable") : newDatabase();
      try (ConfigurableApplicationContext app = node(url, "bench1", false, smtp, "camunda.bpm.history-level=" + historyLevel)) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        fundClusters(app);
        DataSource dataSource = app.getBean(DataSource.class);
        Report.Measured measured = measure(engine, dataSource, transactions -> new Journey(engine, transactions));

        double raw = rawCommitRate(dataSource);
        journeys.add(measured.journeysPerSecond());
        engineTx.add(measured.transactionsPerSecond());
        databaseTx.add(measured.commitsPerJourney() * measured.journeysPerSecond());
        rawTx.add(raw);
        ratios.add(measured.transactionsPerSecond() / raw);
        // each run on its own line: shows whether the spread is the JVM still warming up or the machine
        System.out.printf("engine efficiency, history %s%s, run %d: %s, %.0f raw commits/s%n",
            historyLevel, durable ? " (durable)" : "", run + 1, measured, raw);
      }
    }
    report.efficiency("history `" + historyLevel + "`, " + (durable ? "durable PostgreSQL (fsync, synchronous_commit and"
        + " full_page_writes on), " : "") + runs + " run(s)", journeys, engineTx, databaseTx, rawTx, ratios);
  }

  /** pgbench's simple-update on the same pool and threads: read a balance, update it, commit. */
  private double rawCommitRate(DataSource dataSource) throws Exception {
    int accounts = 100_000;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS bench_accounts");
      statement.execute("CREATE TABLE bench_accounts (aid INTEGER PRIMARY KEY, abalance INTEGER NOT NULL, filler CHAR(84))");
      statement.execute("INSERT INTO bench_accounts SELECT g, 0, '' FROM generate_series(1, " + accounts + ") g");
      statement.execute("ANALYZE bench_accounts");
    }
    long deadline = System.nanoTime() + Math.min(SECONDS, 15) * 1_000_000_000L;
    long started = System.nanoTime();
    List<Integer> commits = inThreads(THREADS, thread -> {
      int count = 0;
      while (System.nanoTime() < deadline) {
        try (Connection connection = dataSource.getConnection()) {
          connection.setAutoCommit(false);
          int aid = ThreadLocalRandom.current().nextInt(1, accounts + 1);
          try (PreparedStatement read = connection.prepareStatement("SELECT abalance FROM bench_accounts WHERE aid = ?");
               PreparedStatement update = connection.prepareStatement(
                   "UPDATE bench_accounts SET abalance = abalance + ? WHERE aid = ?")) {
            read.setInt(1, aid);
            try (ResultSet balance = read.executeQuery()) {
              balance.next();
            }
            update.setInt(1, ThreadLocalRandom.current().nextInt(-5000, 5000));
            update.setInt(2, aid);
            update.executeUpdate();
          }
          connection.commit();
          connection.setAutoCommit(true);
          count++;
        }
      }
      return count;
    });
    return commits.stream().mapToInt(Integer::intValue).sum() / ((System.nanoTime() - started) / 1e9);
  }

  // ---- 2. Tasklist latency --------------------------------------------------------------------

  private void tasklistLatency(GreenMail smtp) throws Exception {
    // BENCH_BACKLOG_DB_URL: measure a backlog an earlier run left (on the BENCH_DB_URL server), to try an index or
    // a setting without loading 100,000 cases again
    String existing = System.getenv("BENCH_BACKLOG_DB_URL");
    String url = existing != null ? existing : newDatabase();
    try (ConfigurableApplicationContext app = node(url, "bench2", false, smtp)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      long started = System.nanoTime();
      if (existing == null) {
        Backlog.create(engine, TASKS, THREADS);
      }
      double loadSeconds = existing == null ? (System.nanoTime() - started) / 1e9 : Double.NaN;
      DataSource dataSource = app.getBean(DataSource.class);
      Map<String, Long> rows = new LinkedHashMap<>();
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
        for (String table : List.of("act_ru_task", "act_ru_authorization", "act_ru_variable", "act_hi_procinst",
            "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink")) {
          try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            rows.put(table, count.getLong(1));
          }
        }
      }
      assertThat(engine.getTaskService().createTaskQuery().count()).isGreaterThanOrEqualTo(TASKS);
      report.backlog(TASKS, loadSeconds, rows);

      for (String user : List.of("fatima", "mila", "ingrid", "ayse")) {
        for (Map.Entry<String, List<double[]>> filter : filterLatencies(engine, user).entrySet()) {
          report.latency(user, filter.getKey(), filter.getValue());
        }
      }
    }
  }

  /**
   * Per filter the user sees: per round, {p50, p95, p99} of the first page, of the count as Tasklist asks it with that
   * page (capped, engine.CappedTaskCounts), and the p50 of the exact count (ms).
   */
  private static Map<String, List<double[]>> filterLatencies(ProcessEngine engine, String user) {
    IdentityService identity = engine.getIdentityService();
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    Map<String, List<double[]>> result = new LinkedHashMap<>();
    identity.setAuthentication(user, groups);
    try {
      for (Filter filter : filters.createTaskFilterQuery().orderByFilterId().asc().list()) {
        List<double[]> rounds = new ArrayList<>();
        for (int round = 0; round < LATENCY_RUNS; round++) {
          List<Double> page = new ArrayList<>();
          List<Double> count = new ArrayList<>();
          // up to SAMPLES per run, but no more than 10 s of them
          long budgetEnd = System.nanoTime() + 10_000_000_000L;
          for (int sample = -1; sample < SAMPLES && (sample < 3 || System.nanoTime() < budgetEnd); sample++) {
            long t0;
            long t1;
            long t2;
            List<Task> first;
            // Tasklist's first page, 15 tasks newest first, and the count it asks with it in the same request
            try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(0, 15)) {
              t0 = System.nanoTime();
              first = filters.listPage(filter.getId(), tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
              t1 = System.nanoTime();
              filters.count(filter.getId());
              t2 = System.nanoTime();
            }
            if (sample >= 0) {
              page.add((t1 - t0) / 1e6);
              count.add((t2 - t1) / 1e6);
            }
            assertThat(first.size()).isLessThanOrEqualTo(15);
          }
          // the exact count, for comparison: a few samples, some take half a second at this size
          List<Double> exact = new ArrayList<>();
          for (int sample = -1; sample < 3; sample++) {
            long t0 = System.nanoTime();
            filters.count(filter.getId());
            if (sample >= 0) {
              exact.add((System.nanoTime() - t0) / 1e6);
            }
          }
          rounds.add(new double[] {percentile(page, 50), percentile(page, 95), percentile(page, 99),
              percentile(count, 50), percentile(count, 95), percentile(count, 99), percentile(exact, 50)});
        }
        result.put(filter.getName() + " (" + filters.count(filter.getId()) + ")", rounds);
      }
    } finally {
      identity.clearAuthentication();
    }
    return result;
  }

  // ---- 3. job lag ------------------------------------------------------------------------------

  /** Per cluster size (one node, two nodes): how fast the job executors send reminders that all fall due at once. */
  private void jobLag(GreenMail smtp) throws Exception {
    for (int nodes = 1; nodes <= 2; nodes++) {
      List<double[]> runs = new ArrayList<>();
      for (int run = 0; run < LAG_RUNS; run++) {
        runs.add(lagRun(smtp, nodes));
      }
      report.jobLag(nodes, REMINDERS, runs);
    }
  }

  /** One run on a fresh database: {jobs per second, seconds until the last mail, seconds until the first mail}. */
  private double[] lagRun(GreenMail smtp, int nodes) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    String url = newDatabase();
    List<ConfigurableApplicationContext> started = new ArrayList<>();
    try {
      for (int node = 1; node <= nodes; node++) {
        started.add(node(url, "lag" + node, true, smtp));
      }
      ProcessEngine engine = started.get(0).getBean(ProcessEngine.class);
      TestModels.deploy(engine.getRepositoryService());
      scheduleReminders(engine);
      long t0 = makeRemindersDue(started.get(0).getBean(DataSource.class));
      return awaitReminders(smtp, t0);
    } finally {
      Collections.reverse(started);
      started.forEach(ConfigurableApplicationContext::close);
    }
  }

  /** REMINDERS cases, each waiting on a timer due tomorrow, started from THREADS threads. */
  private static void scheduleReminders(ProcessEngine engine) throws Exception {
    Date tomorrow = new Date(System.currentTimeMillis() + 86_400_000L);
    AtomicInteger next = new AtomicInteger();
    inThreads(THREADS, thread -> {
      for (int i = next.getAndIncrement(); i < REMINDERS; i = next.getAndIncrement()) {
        engine.getRuntimeService().startProcessInstanceByKey(TestModels.SCHEDULED_REMINDER, Map.of(
            "recipients", "leider" + i + "@example.org", "subjectText", "herinnering " + i, "reminderDue", tomorrow));
      }
      return 0;
    });
  }

  /** Moves every reminder timer into the past in one statement, so they fall due together; returns that moment. */
  private static long makeRemindersDue(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      long t0 = System.nanoTime();
      statement.executeUpdate("UPDATE act_ru_job SET duedate_ = now() - interval '1 second' WHERE type_ = 'timer'"
          + " AND handler_type_ = 'timer-intermediate-transition'");
      return t0;
    }
  }

  /**
   * Waits (at most 30 minutes) until every reminder has been mailed. GreenMail's own latch counts the mails: asking
   * it for the received messages walks every mailbox, which at 10,000 recipients took CPU from the nodes measured.
   */
  private static double[] awaitReminders(GreenMail smtp, long t0) {
    long timeoutMillis = 30L * 60 * 1000;
    assertThat(smtp.waitForIncomingEmail(timeoutMillis, 1)).as("a first reminder mail").isTrue();
    long firstMail = System.nanoTime();
    assertThat(smtp.waitForIncomingEmail(timeoutMillis, REMINDERS)).as("every reminder mailed").isTrue();
    long last = System.nanoTime();
    assertThat(smtp.getReceivedMessages()).hasSize(REMINDERS);
    double seconds = (last - t0) / 1e9;
    return new double[] {(double) JOBS_PER_REMINDER * REMINDERS / seconds, seconds, (firstMail - t0) / 1e9};
  }

  // ---- infrastructure --------------------------------------------------------------------------

  private ConfigurableApplicationContext node(String url, String name, boolean jobs, GreenMail smtp, String... more) {
    List<String> properties = new ArrayList<>(List.of("DB_URL=" + url, "DB_USERNAME=" + user(),
        "DB_PASSWORD=" + password(), "PORT=0", "JOB_EXECUTION_ENABLED=" + jobs, "MAIL_HOST=127.0.0.1",
        "MAIL_PORT=" + smtp.getSmtp().getPort(), "camunda.bpm.process-engine-name=" + name, "logging.level.root=WARN"));
    properties.addAll(List.of(more));
    // BENCH_PROPERTIES=name=value,...: a setting to compare, e.g. spring.datasource.hikari.connection-init-sql=SELECT 1
    String extra = System.getenv("BENCH_PROPERTIES");
    if (extra != null && !extra.isBlank()) {
      properties.addAll(List.of(extra.split(",")));
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(InclusionApplication.class)
        .profiles("postgres", "demo")
        .properties(properties.toArray(String[]::new))
        .bannerMode(org.springframework.boot.Banner.Mode.OFF)
        .run();
    report.settings(app);
    return app;
  }

  private String newDatabase() throws Exception {
    String server = System.getenv("BENCH_DB_URL");
    if (server == null) {
      String url = TestPostgres.newDatabase("bench");
      report.postgres(url, user(), password());
      return url;
    }
    String name = "inclusion_bench_" + ProcessHandle.current().pid() + "_" + (++databases);
    try (Connection connection = DriverManager.getConnection(server, user(), password());
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
    report.postgres(url, user(), password());
    return url;
  }

  private static String user() {
    return System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
  }

  private static String password() {
    return System.getenv().getOrDefault("BENCH_DB_PASSWORD", "postgres");
  }

  interface Work {
    int run(int thread) throws Exception;
  }

  static List<Integer> inThreads(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int index = thread;
        futures.add(pool.submit(() -> work.run(index)));
      }
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static double percentile(List<Double> values, int percentile) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static int setting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  /** One full custom-work learning request, as in LearningRequestProcessTest, counting each engine transaction. */
  static class Journey {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final FormService forms;
    private final String definitionId;
    private final AtomicLong transactions;
    private List<Double> submitMillis = new ArrayList<>();

    Journey(ProcessEngine engine, AtomicLong transactions) {
      this.runtime = engine.getRuntimeService();
      this.tasks = engine.getTaskService();
      this.management = engine.getManagementService();
      this.identity = engine.getIdentityService();
      this.forms = engine.getFormService();
      this.transactions = transactions;
      this.definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(LearningProcess.REQUEST).latestVersion().singleResult().getId();
    }

    void customLearningRequest(String cluster) {
      identity.setAuthentication("fatima", List.of("leaders", "cluster-sociaal"));
      ProcessInstance request;
      try {
        request = start(definitionId, CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", cluster, "maatwerk"));
      } finally {
        identity.clearAuthentication();
      }
      transactions.incrementAndGet();
      jobs(request);
      complete(request, "Task_ReviewRequest", Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
      complete(request, "Task_ExploreNeeds", Map.of("competenceLevel", 2, "leaderOwnership", "yes",
          "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
          "behaviourGoals", "Iedereen komt aan het woord in het overleg; microagressies worden benoemd."));
      complete(request, "Task_ProposeIntervention", Map.of("interventionTitle", "Training microagressies",
          "interventionTopic", "microagressies", "providerId", "social-safety", "estimatedCost", 5000.0,
          "interventionDescription", "Twee dagdelen met rollenspel en intervisie."));
      Map<String, Object> quality = new HashMap<>(Map.of("principleCityTask", "met", "principleImpact", "met",
          "principleLasting", "met", "principleClimate", "met"));
      quality.put("qualityDecision", "approve");
      complete(request, "Task_CheckQuality", quality);
      complete(request, "Task_ApproveBudget", Map.of("budgetDecision", "approve"));
      complete(request, "Task_ScheduleIntervention", Map.of("interventionDate", LocalDate.now().plusDays(20).toString(),
          "interventionTime", "13:30", "interventionLocation", "Stadhuis"));
      timer(request, "Timer_InterventionReminderDue");
      timer(request, "Timer_FollowUpDue");
      complete(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "partly",
          "followUpEvaluation", "Meer mensen komen aan het woord.", "actualCost", 5400.0));
    }

    /** Records the server time of each task form submission (ms) into the given list from now on. */
    Journey timingSubmissionsInto(List<Double> into) {
      submitMillis = into;
      return this;
    }

    /** The start form, validated as Tasklist submits it. */
    ProcessInstance start(String definitionId, Map<String, Object> values) {
      return forms.submitStartForm(definitionId, values);
    }

    /** A task form, validated as Tasklist submits it. */
    void submit(String taskId, Map<String, Object> values) {
      forms.submitTaskForm(taskId, values);
    }

    private void complete(ProcessInstance request, String taskKey, Map<String, Object> values) {
      Task task = tasks.createTaskQuery().processInstanceIdIn(instancesOf(request).toArray(String[]::new))
          .taskDefinitionKey(taskKey).singleResult();
      long started = System.nanoTime();
      submit(task.getId(), values);
      submitMillis.add((System.nanoTime() - started) / 1e6);
      transactions.incrementAndGet();
      jobs(request);
    }

    private void timer(ProcessInstance request, String activityId) {
      Job timer = management.createJobQuery().processInstanceId(request.getId()).timers().activityId(activityId).singleResult();
      management.executeJob(timer.getId());
      transactions.incrementAndGet();
      jobs(request);
    }

    private void jobs(ProcessInstance request) {
      List<Job> ready = readyJobs(request);
      while (!ready.isEmpty()) {
        for (Job job : ready) {
          management.executeJob(job.getId());
          transactions.incrementAndGet();
        }
        ready = readyJobs(request);
      }
    }

    private List<Job> readyJobs(ProcessInstance request) {
      return instancesOf(request).stream().flatMap(id -> management.createJobQuery().processInstanceId(id).messages()
          .executable().list().stream()).toList();
    }

    /** The request and its running custom work (learning-custom-work), where the journey's tasks and jobs are. */
    private List<String> instancesOf(ProcessInstance request) {
      List<String> ids = new ArrayList<>(List.of(request.getId()));
      runtime.createProcessInstanceQuery().superProcessInstanceId(request.getId()).list()
          .forEach(work -> ids.add(work.getId()));
      return ids;
    }
  }
}
