package nl.amsterdam.inclusion.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Dutch Tasklist filters, each visible to the groups named. A role's process filter lists the tasks someone
 * holds and the open tasks of the user's own groups, never an open task of another group: Tasklist offers "Oppakken"
 * on every open task it lists, and the engine refuses the claim to anyone outside the task's candidate groups.
 */
public final class TaskFilters {

  /**
   * A shared Tasklist filter, visible to the given groups, with the case variables shown as columns. A filter that
   * refreshes is reloaded by Tasklist every 10 s while it is open (list and count): the work queues, where new work
   * arrives while people wait for it; the process overviews are browsed, and reload when opened again.
   */
  public record TaskFilter(String name, String description, int priority, boolean refresh, List<String> groups,
      UnaryOperator<TaskQuery> criteria, Map<String, String> variables) {

    TaskQuery query(TaskQuery empty) {
      return criteria.apply(empty);
    }

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", refresh);
      properties.put("variables", variables.entrySet().stream()
          .map(v -> Map.of("name", v.getKey(), "label", v.getValue())).toList());
      return properties;
    }
  }

  public static final List<TaskFilter> ALL = List.of(
      new TaskFilter("Mijn taken", "Taken die aan mij zijn toegewezen", -10, true, Groups.ROLES,
          q -> q.taskAssigneeExpression("${currentUser()}"), Map.of()),
      new TaskFilter("Taken van mijn groep", "Taken voor mijn groepen die nog niemand heeft opgepakt", -5,
          true, Groups.ROLES,
          q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), Map.of()),
      new TaskFilter("Pilot Inclusief Leiderschap", "Alle taken van de pilot", 10, false,
          List.of(Groups.ID_BUREAU, Groups.PILOT_COACHES),
          q -> claimableOrHeld(q.processDefinitionKeyIn(AccessModel.PILOT_COHORT, AccessModel.PILOT_PARTICIPANT,
              AccessModel.PILOT_COACHING_CONVERSATIONS)),
          orderedMap("participantName", "Deelnemer", "directorate", "Directie", "cohortName", "Cohort")),
      new TaskFilter("Leervragen van mijn cluster", "Aanvragen voor leerinterventies", 10, false,
          List.of(Groups.ACCOUNT_MANAGERS, Groups.LEARNING_ADVISORS),
          q -> claimableOrHeld(q.processDefinitionKeyIn(AccessModel.LEARNING_REQUEST, AccessModel.LEARNING_CUSTOM_WORK)),
          orderedMap("requesterName", "Aanvrager", "teamName", "Team", "clusterName", "Cluster", "interventionKind", "Soort")),
      new TaskFilter("Groeipanel", "Gesprekken van het groeipanel", 10, false,
          List.of(Groups.PANEL_MEMBERS, Groups.PANEL_MODERATOR, Groups.DIRECTORATE_LEADS),
          q -> claimableOrHeld(q.processDefinitionKeyIn(AccessModel.GROWTH_PANEL_ROUND, AccessModel.GROWTH_PANEL_CONVERSATION,
              AccessModel.GROWTH_PANEL_FOLLOW_UP)),
          orderedMap("directorate", "Directie", "roundNumber", "Ronde")),
      new TaskFilter("Dialoog met de wethouder", "Voorbereiding van de maandelijkse dialoog", 10, false,
          List.of(Groups.ID_BUREAU, Groups.ALDERMAN_OFFICE),
          q -> claimableOrHeld(q.processDefinitionKey(AccessModel.ALDERMAN_DIALOGUE)),
          orderedMap("dialogueTheme", "Thema", "dialogueDate", "Datum")));

  private TaskFilters() {
  }

  /** Narrows a process filter to tasks someone holds and open tasks the user may claim. */
  private static TaskQuery claimableOrHeld(TaskQuery query) {
    return query.or().taskAssigned().taskCandidateGroupInExpression("${currentUserGroups()}").endOr();
  }

  static Map<String, String> orderedMap(String... keysAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      map.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return map;
  }
}
