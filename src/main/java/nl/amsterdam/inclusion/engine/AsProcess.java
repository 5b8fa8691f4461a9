package nl.amsterdam.inclusion.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine reads that a process step needs across cases without the calling user's
 * authorizations. A coach completing a task may not read other participants' cases, but the flow
 * that the task continues must. Only for code that runs inside the engine (delegates, expressions).
 */
public final class AsProcess {

  private AsProcess() {
  }

  public static <T> T run(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    try {
      return context == null ? work.call() : context.runWithoutAuthorization(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
