package nl.amsterdam.inclusion.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import nl.amsterdam.inclusion.learning.LearningProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * What the city would otherwise run: a plain Camunda 7.24 engine with Camunda's default configuration (default job
 * executor settings, {@code authorizationCheckRevokes=auto}, CMMN and standalone tasks on, JDBC batching on, no
 * connection settings, the distributions' UUID ids), running the application's own learning-request model and DMN table with no-op delegates.
 *
 * <p>Three settings differ from Camunda's defaults, because the same work needs them and a city installation would
 * set them too: history {@code full} (the audit trail; the default is {@code audit}), authorization on (people work
 * in Tasklist; the default is off), and the job executor not started, as on the application's benchmark node: the
 * client threads run the jobs, so both engines run the same transactions.
 *
 * <p>The models are the files in bpmn/, unchanged (so a split into call activities is followed): each
 * {@code delegateExpression} resolves to a no-op, the application's two date helpers to stand-ins without its
 * working-day rules, and no form is validated. No parse listener or plugin of the application is involved.
 */
final class StockEngine implements AutoCloseable {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final Pattern CALLED = Pattern.compile("calledElement=\"([\\w-]+)\"");
  private static final Pattern DECISION = Pattern.compile("decisionRef=\"([\\w-]+)\"");

  private final HikariDataSource pool;
  private final ProcessEngine engine;

  StockEngine(String url, String user, String password, int poolSize) {
    pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(poolSize);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("stock");
    configuration.setDataSource(pool);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    // the id generator of Camunda's distributions (Spring Boot starter, Run); the plain engine's default takes blocks
    // of ids from the database in transactions of their own
    configuration.setIdGenerator(new StrongUuidGenerator());
    Set<String> models = models(LearningProcess.REQUEST);
    configuration.setBeans(beans(models));
    engine = configuration.buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("stock");
    for (String model : models) {
      deployment.addString(model, read(model));
    }
    deployment.deploy();
    grantStart(engine.getAuthorizationService());
  }

  ProcessEngine engine() {
    return engine;
  }

  HikariDataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    engine.close();
    pool.close();
  }

  /** The process's file, the files of the processes it calls and of the decisions it uses, by their conventional names. */
  private static Set<String> models(String processKey) {
    Set<String> files = new LinkedHashSet<>();
    collect(processKey + ".bpmn", files);
    return files;
  }

  private static void collect(String file, Set<String> files) {
    if (!files.add(file)) {
      return;
    }
    String xml = read(file);
    Matcher called = CALLED.matcher(xml);
    while (called.find()) {
      collect(called.group(1) + ".bpmn", files);
    }
    Matcher decision = DECISION.matcher(xml);
    while (decision.find()) {
      files.add(decision.group(1) + ".dmn");
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of("bpmn", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every delegate the models name does nothing; the date helpers give plain calendar dates. */
  private static Map<Object, Object> beans(Set<String> models) {
    Map<Object, Object> beans = new HashMap<>();
    NoOp noOp = new NoOp();
    for (String model : models) {
      Matcher delegate = DELEGATE.matcher(read(model));
      while (delegate.find()) {
        beans.put(delegate.group(1), noOp);
      }
    }
    beans.put("workingDays", new WorkingDays());
    beans.put("learningSchedule", new Schedule());
    return beans;
  }

  /** What the application's demo access gives the requesters' group: starting a request. */
  private static void grantStart(AuthorizationService authorizations) {
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setGroupId("leaders");
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(LearningProcess.REQUEST);
    definition.addPermission(Permissions.READ);
    definition.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
    Authorization instance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instance.setGroupId("leaders");
    instance.setResource(Resources.PROCESS_INSTANCE);
    instance.setResourceId(Authorization.ANY);
    instance.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(instance);
  }

  /** Service task, execution listener and task listener that do nothing. */
  static final class NoOp implements JavaDelegate, ExecutionListener, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateTask task) {
    }
  }

  /** Stand-in for the application's working-day helper: calendar days. */
  public static final class WorkingDays {

    public Date after(int days) {
      return new Date(System.currentTimeMillis() + days * 86_400_000L);
    }
  }

  /** Stand-in for the learning schedule: the same dates, without the application's time zone and time of day. */
  public static final class Schedule {

    public Date reminderBefore(String date) {
      return java.sql.Date.valueOf(LocalDate.parse(date).minusDays(3));
    }

    public Date followUpAfter(String date) {
      return java.sql.Date.valueOf(LocalDate.parse(date).plusWeeks(6));
    }
  }
}
