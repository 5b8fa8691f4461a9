package nl.amsterdam.inclusion.support;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.springframework.stereotype.Component;

/** Test bean {@code failure}: a step that fails the way the test asks. */
@Component("failure")
public class Failure {

  public void fail(String kind) {
    switch (kind) {
      case "bpmn-error" -> throw new BpmnError("UNHANDLED", "Nobody catches this business error");
      case "bug" -> throw new IllegalStateException("Unexpected failure in a delegate");
      default -> { }
    }
  }
}
