package nl.amsterdam.inclusion.security;

import java.util.Map;

import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The process owner acts on the cases it owns, in the engine: Bureau I&D hands a step of someone who is ill to a
 * colleague with the same role and retries a failed step; everyone else is refused and nothing changes. Each act is
 * in Camunda's user operation log (Cockpit) with the owner's name.
 */
class ProcessOwnerActionsIntegrationTest extends ProcessTestCase {

  @Test
  void bureauIdHandsTheStepOfAnAdvisorWhoIsIllToAnotherAdvisor() {
    ProcessInstance request = customRequestWithAdvisor("noor");
    String exploration = task(request, "Task_ExploreNeeds").getId();

    asUser("mila", () -> taskService.setAssignee(exploration, "tim"));

    assertThat(taskService.createTaskQuery().taskId(exploration).singleResult().getAssignee()).isEqualTo("tim");
    assertThat(historyService.createUserOperationLogQuery().taskId(exploration)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).singleResult().getUserId()).isEqualTo("mila");
  }

  @Test
  void aStepGoesOnlyToSomeoneWithTheRoleAndOnlyTheOwnerHandsItOn() {
    ProcessInstance request = customRequestWithAdvisor("noor");
    String exploration = task(request, "Task_ExploreNeeds").getId();

    // not to a leader, who is no learning advisor
    refused(() -> asUser("mila", () -> taskService.setAssignee(exploration, "jan")));
    // the account manager follows the request but does not own the process; the advisor cannot pass it on herself
    refused(() -> asUser("ingrid", () -> taskService.setAssignee(exploration, "tim")));
    refused(() -> asUser("noor", () -> taskService.setAssignee(exploration, "tim")));
    // a panel moderator owns the growth panel's conversations, not learning requests
    refused(() -> asUser("lotte", () -> taskService.setAssignee(exploration, "tim")));

    assertThat(taskService.createTaskQuery().taskId(exploration).singleResult().getAssignee()).isEqualTo("noor");
  }

  @Test
  void aStepOfTheRequesterHerselfIsNotHandedOn() {
    ProcessInstance request = startAs("fatima", "learning-intervention-request", requestValues("open-aanbod"));
    String choice = task(request, "Task_ChooseOpenOffer").getId();

    assertThatThrownBy(() -> asUser("mila", () -> taskService.setAssignee(choice, "jan")))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("alleen de persoon zelf");
    assertThat(taskService.createTaskQuery().taskId(choice).singleResult().getAssignee()).isEqualTo("fatima");
  }

  @Test
  void bureauIdRetriesAFailedStepAndOthersCannot() {
    ProcessInstance work = calledBy(customRequestWithAdvisor("noor"));
    Job timer = managementService.createJobQuery().processInstanceId(work.getId()).timers().singleResult();
    managementService.setJobRetries(timer.getId(), 0); // as if it had failed: an incident
    assertThat(runtimeService.createIncidentQuery().processInstanceId(work.getId()).count()).isOne();

    refused(() -> asUser("ingrid", () -> managementService.setJobRetries(timer.getId(), 3)));
    refused(() -> asUser("fatima", () -> managementService.setJobRetries(timer.getId(), 3)));
    assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isZero();

    asUser("mila", () -> managementService.setJobRetries(timer.getId(), 3));

    assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(work.getId()).count()).isZero();
  }

  private ProcessInstance customRequestWithAdvisor(String advisor) {
    ProcessInstance request = startAs("fatima", "learning-intervention-request", requestValues("maatwerk"));
    Task review = task(request, "Task_ReviewRequest");
    submitAs("ingrid", review, Map.of("reviewDecision", "proceed", "learningAdvisor", advisor));
    runAsyncJobs();
    return request;
  }

  private static Map<String, Object> requestValues(String kind) {
    return Map.ofEntries(Map.entry("requesterName", "Fatima El Amrani"), Map.entry("email", "fatima@example.org"),
        Map.entry("teamName", "Team Jeugd Noord"), Map.entry("directorate", "Sociaal Domein"),
        Map.entry("cluster", "sociaal"), Map.entry("teamSize", 14), Map.entry("targetGroup", "kantoorprofessionals"),
        Map.entry("theme", "Microagressies op de werkvloer"),
        Map.entry("helpQuestion", "Collega's voelen zich niet gehoord in het teamoverleg."),
        Map.entry("desiredPeriod", "Voor de zomer"), Map.entry("interventionKind", kind));
  }

  private static void refused(Executable attempt) {
    assertThatThrownBy(attempt::execute).isInstanceOf(AuthorizationException.class);
  }
}
