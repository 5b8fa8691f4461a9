package nl.amsterdam.inclusion.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that starts and closes applications of its own in the test JVM. Their engines take the name
 * "default" in Camunda's static registry, and closing one removes that name, so the REST API and the webapps of the
 * test context shared by the other classes (which look the engine up by name) would answer "Process engine default
 * not available" from then on. This puts the shared context's engine back after the class.
 */
public class KeepsSharedEngine implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeepsSharedEngine.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    ProcessEngine shared = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    if (shared != null) {
      context.getStore(NAMESPACE).put(ProcessEngines.NAME_DEFAULT, shared);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ProcessEngine shared = context.getStore(NAMESPACE).get(ProcessEngines.NAME_DEFAULT, ProcessEngine.class);
    if (shared != null) {
      ProcessEngines.registerProcessEngine(shared);
    }
  }
}
