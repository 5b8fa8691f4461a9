package nl.amsterdam.inclusion.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Test bean {@code failAfterSend}: when armed, makes the next notification job's transaction fail
 * after the mail has left, as a lost database connection or an optimistic-locking conflict would.
 */
@Component("failAfterSend")
public class FailAfterSend {

  private final AtomicBoolean armed = new AtomicBoolean();

  public void arm() {
    armed.set(true);
  }

  public void check(DelegateExecution execution) {
    if (armed.getAndSet(false)) {
      throw new IllegalStateException("Simulated failure after sending in " + execution.getCurrentActivityId());
    }
  }
}
