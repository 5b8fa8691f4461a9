package nl.amsterdam.inclusion.correction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.learning.LearningProcess;

/**
 * The decisions a process owner may have taken again, as data: a wrong decision is corrected by the
 * people who take it, in its own form and with its own validation, never by editing variables. Each
 * may be reopened only while the case waits at the steps right after it, before anything was built on
 * it; reopening a budget decision first releases the reservation it made. A decision belongs to the case's process
 * (who owns it, how the owner names it), also when the case takes it in a process it called (a request's custom work).
 */
public final class CorrectableDecisions {

  public record Decision(String processKey, String taskId, String name, Set<String> reopenedFrom,
      boolean releasesBudget) {
  }

  public static final List<Decision> ALL = List.of(
      new Decision(LearningProcess.REQUEST, LearningProcess.TASK_REVIEW_REQUEST, "Beoordeling van de maatwerkaanvraag",
          Set.of(LearningProcess.TASK_EXPLORE_NEEDS), false),
      new Decision(LearningProcess.REQUEST, LearningProcess.TASK_CHECK_QUALITY, "Toets aan de vier leerprincipes",
          Set.of(LearningProcess.TASK_APPROVE_BUDGET), false),
      new Decision(LearningProcess.REQUEST, LearningProcess.TASK_APPROVE_BUDGET, "Budgetbesluit",
          Set.of(LearningProcess.TASK_SCHEDULE_INTERVENTION), true),
      new Decision(AccessModel.PILOT_PARTICIPANT, "Task_ReviewSignUp", "Beoordeling van de aanmelding voor de pilot",
          Set.of("Task_FormulateCase"), false));

  private CorrectableDecisions() {
  }

  public static Optional<Decision> of(String processKey, String taskId) {
    return ALL.stream().filter(d -> d.processKey().equals(processKey) && d.taskId().equals(taskId)).findFirst();
  }
}
