package nl.amsterdam.inclusion.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The application's learning journey on the {@link StockEngine}: the same steps, values, timers and jobs, but the
 * forms' values go straight to the engine (no validation), and the case starts with the variables the application's
 * preparing step would add (copied from one of its finished requests), since the stock delegates add nothing.
 */
final class StockJourney extends PerformanceBenchmark.Journey {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Map<String, Object> prepared;

  StockJourney(ProcessEngine engine, AtomicLong transactions, Map<String, Object> prepared) {
    super(engine, transactions);
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.prepared = prepared;
  }

  @Override
  ProcessInstance start(String definitionId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>(values);
    variables.putAll(prepared);
    return runtime.startProcessInstanceById(definitionId, variables);
  }

  @Override
  void submit(String taskId, Map<String, Object> values) {
    tasks.complete(taskId, values);
  }
}
