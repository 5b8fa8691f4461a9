package nl.amsterdam.inclusion.correction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.amsterdam.inclusion.identity.AccessModel;

/**
 * The decisions a process owner may have taken again, as data: a wrong decision is corrected by the
 * people who take it, in its own form and with its own validation, never by editing variables. Each
 * may be reopened only while the case waits at the steps right after it, before anything was built on
 * it; reopening a budget decision first releases the reservation it made.
 */
public final class CorrectableDecisions {

  public record Decision(String processKey, String taskId, String name, Set<String> reopenedFrom,
      boolean releasesBudget) {
  }

  public static final List<Decision> ALL = List.of(
      new Decision(AccessModel.LEARNING_REQUEST, "Task_ReviewRequest", "Beoordeling van de maatwerkaanvraag",
          Set.of("Task_ExploreNeeds"), false),
      new Decision(AccessModel.LEARNING_REQUEST, "Task_CheckQuality", "Toets aan de vier leerprincipes",
          Set.of("Task_ApproveBudget"), false),
      new Decision(AccessModel.LEARNING_REQUEST, "Task_ApproveBudget", "Budgetbesluit",
          Set.of("Task_ScheduleIntervention"), true),
      new Decision(AccessModel.PILOT_PARTICIPANT, "Task_ReviewSignUp", "Beoordeling van de aanmelding voor de pilot",
          Set.of("Task_FormulateCase"), false));

  private CorrectableDecisions() {
  }

  public static Optional<Decision> of(String processKey, String taskId) {
    return ALL.stream().filter(d -> d.processKey().equals(processKey) && d.taskId().equals(taskId)).findFirst();
  }
}
