package nl.amsterdam.inclusion.identity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared Tasklist filters as each demo user opens them: no filter offers an open task the user may not claim
 * ("Oppakken" would end in the engine's refusal), and every task the user may work is in one of their filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class TaskFiltersIntegrationTest extends ProcessTestCase {

  private ProcessInstance signUp;
  private ProcessInstance learningRequest;
  private ProcessInstance conversation;

  @BeforeEach
  void casesOfEveryRole() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort filters",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    signUp = startAs("sanne", PilotProcess.PARTICIPANT, CaseForms.pilotSignUp("sanne", "Sanne Bakker", "Sociaal Domein"));
    learningRequest = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    ProcessInstance round = startAs("mila", PanelProcess.ROUND, Map.of("roundNumber", 31));
    submit(round, "Task_SelectDirectorates", Map.of("participatingDirectorates", List.of("directorate-wpi"),
        "secondTimeDirectorates", List.of()));
    conversation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).singleResult();
  }

  @Test
  void theModeratorsGrowthPanelFilterNoLongerOffersTheDirectoratesActionPlan() {
    Task actionPlan = task(conversation, "Task_SubmitActionPlan");

    assertThat(filterAs("lotte", "Groeipanel")).as("lotte follows the conversation but may not write its plan")
        .doesNotContain(actionPlan.getId());
    assertThat(filterAs("ayse", "Groeipanel")).as("the WPI lead still finds it in her role's filter")
        .contains(actionPlan.getId());
    assertThat(filterAs("mila", "Pilot Inclusief Leiderschap")).contains(task(signUp, PilotProcess.TASK_REVIEW_SIGN_UP).getId());
    assertThat(filterAs("ingrid", "Leervragen van mijn cluster")).contains(task(learningRequest, "Task_ReviewRequest").getId());
  }

  @Test
  void everyDemoUserIsOfferedOnlyTasksTheyMayClaimAndFindsEveryTaskTheyMayWork() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<Task> open = taskService.createTaskQuery().list();
    for (DemoUser demo : DemoUser.ALL) {
      String user = demo.id();
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      if (groups.contains(Groups.CAMUNDA_ADMIN)) {
        continue; // the engine lets an administrator work any task; the filters show them Bureau I&D's
      }
      Set<String> listed = new HashSet<>();
      for (Filter filter : asUser(user, () -> filters().createFilterQuery().list())) {
        for (Task task : asUser(user, () -> filters().<Task>list(filter.getId()))) {
          listed.add(task.getId());
          if (task.getAssignee() == null) {
            assertThat(authorizations.isUserAuthorized(user, groups, TaskPermissions.TASK_WORK, Resources.TASK, task.getId()))
                .as("%s's filter %s offers '%s' to claim", user, filter.getName(), task.getName()).isTrue();
          }
        }
      }
      open.stream().filter(task -> authorizations.isUserAuthorized(user, groups, TaskPermissions.TASK_WORK, Resources.TASK, task.getId()))
          .forEach(task -> assertThat(listed).as("%s reaches '%s' through a filter", user, task.getName()).contains(task.getId()));
    }
  }

  /** Tasklist reloads a filter with {@code refresh} every 10 s while it is open, count included. */
  @Test
  void theWorkQueuesRefreshThemselvesAndTheProcessOverviewsDoNot() {
    Map<String, Object> refreshes = new java.util.TreeMap<>();
    for (TaskFilters.TaskFilter shared : TaskFilters.ALL) {
      Filter filter = filters().createFilterQuery().filterName(shared.name()).singleResult();
      refreshes.put(filter.getName(), filter.getProperties().get("refresh"));
    }
    assertThat(refreshes).containsExactlyInAnyOrderEntriesOf(Map.of("Mijn taken", true, "Taken van mijn groep", true,
        "Pilot Inclusief Leiderschap", false, "Leervragen van mijn cluster", false, "Groeipanel", false,
        "Dialoog met de wethouder", false));
  }

  private List<String> filterAs(String user, String name) {
    return asUser(user, () -> {
      Filter filter = filters().createFilterQuery().filterName(name).singleResult();
      return filters().<Task>list(filter.getId()).stream().map(Task::getId).toList();
    });
  }

  private FilterService filters() {
    return engine.getFilterService();
  }
}
