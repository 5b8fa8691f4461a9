package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A process owner's act carried out by a step on the owner's behalf (a cancellation, a reopened decision): Camunda
 * keeps custom code out of the user operation log, so the one engine call that is the owner's own act is logged here,
 * under the owner's login, and the log is closed again for the rest of the step.
 */
public final class OwnersAct {

  private OwnersAct() {
  }

  public static void logged(CommandContext context, Runnable act) {
    context.enableUserOperationLog();
    try {
      act.run();
    } finally {
      context.disableUserOperationLog();
    }
  }
}
