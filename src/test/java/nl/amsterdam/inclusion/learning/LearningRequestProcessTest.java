package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.amsterdam.inclusion.cancellation.CancellationProcess;
import nl.amsterdam.inclusion.correction.CorrectionProcess;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormSchemaParser;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.LearningProcess.Principle;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every kind of request and every outcome of {@code learning-intervention-request}, its custom work
 * ({@code learning-custom-work}, which it calls) and its withdrawal.
 */
class LearningRequestProcessTest extends ProcessTestCase {

  @Autowired ClusterBudgets budgets;
  @Autowired Catalogue catalogue;

  private int year;

  @BeforeEach
  void freshBudgets() {
    jdbc.update("DELETE FROM app_budget_claim");
    year = LocalDate.now().getYear();
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  private ProcessInstance request(String kind) {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST, Map.ofEntries(
        Map.entry("requesterName", "Fatima El Amrani"), Map.entry("email", "fatima@example.org"),
        Map.entry("teamName", "Team Jeugd Noord"), Map.entry("directorate", "Sociaal Domein"),
        Map.entry("cluster", "sociaal"), Map.entry("teamSize", 14), Map.entry("targetGroup", "kantoorprofessionals"),
        Map.entry("theme", "Microagressies op de werkvloer"),
        Map.entry("helpQuestion", "Collega's voelen zich niet gehoord in het teamoverleg."),
        Map.entry("desiredPeriod", "Voor de zomer"), Map.entry("interventionKind", kind)));
    runAsyncJobs();
    return request;
  }

  private String reference(ProcessInstance request) {
    return (String) runtimeService.getVariable(request.getId(), LearningProcess.REQUEST_REFERENCE);
  }

  private void acceptWithAdvisor(ProcessInstance request) {
    submit(request, "Task_ReviewRequest", Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
  }

  /** Accepted, explored (safe climate, ownership, level 2), proposed, checked and approved by the account manager. */
  private void toApprovedBudget(ProcessInstance request, double cost) {
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    submit(request, "Task_ProposeIntervention", proposal(cost));
    submit(request, "Task_CheckQuality", qualityApproved());
    submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "approve"));
  }

  private static Map<String, Object> exploration(String climate, String leaderOwnership, int level) {
    return Map.of("competenceLevel", level, "leaderOwnership", leaderOwnership, "employeeOwnership", "partly",
        "learningClimate", climate, "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg; microagressies worden benoemd.");
  }

  private static Map<String, Object> proposal(double cost) {
    return Map.of("interventionTitle", "Training microagressies", "interventionTopic", "microagressies",
        "providerId", "social-safety", "estimatedCost", cost,
        "interventionDescription", "Twee dagdelen met rollenspel en intervisie.");
  }

  private static Map<String, Object> qualityApproved() {
    return qualityCheck("approve");
  }

  /** The four principles answered, {@code failing} ones as not met with a reason, and the verdict. */
  private static Map<String, Object> qualityCheck(String decision, Principle... failing) {
    Map<String, Object> values = new HashMap<>(Map.of("qualityDecision", decision));
    for (Principle principle : Principle.values()) {
      values.put(principle.field, "met");
    }
    for (Principle principle : failing) {
      values.put(principle.field, "not-met");
      values.put(principle.reasonField(), "Geen borging na de training voorzien.");
    }
    if (decision.equals("rework")) {
      values.put("qualityRemarks", "Meer aandacht voor borging.");
    }
    return values;
  }

  private void scheduleAndDeliver(ProcessInstance request) {
    submit(request, "Task_ScheduleIntervention",
        Map.of("interventionDate", inDays(20), "interventionTime", "13:30", "interventionLocation", "Stadhuis"));
    fireTimer(request, "Timer_InterventionReminderDue");
    fireTimer(request, "Timer_FollowUpDue");
  }

  @Test
  void aCustomRequestIsExploredAdvisedCheckedReworkedApprovedScheduledAndFollowedUp() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    assertThat(request).isWaitingAt(LearningProcess.CALL_WORK_OUT_CUSTOM_REQUEST);
    assertThat(work).isWaitingAt("Task_ReviewRequest").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(reference(request)).matches("LV-\\d{4}-\\d{4}");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult()
        .getBusinessKey()).isEqualTo(reference(request));
    assertThat(businessKeyOf(work)).as("the custom work under the request's reference").isEqualTo(reference(request));

    acceptWithAdvisor(request);
    assertThat(work).isWaitingAt("Task_ExploreNeeds").task().isAssignedTo("noor");
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    assertThat(runtimeService.getVariable(work.getId(), "adviceSpearhead")).isEqualTo("Handelingsperspectief");
    assertThat(runtimeService.getVariables(work.getId())).as("the advice as text variables, no result map in Cockpit")
        .doesNotContainKey("advice");
    assertThat(runtimeService.getVariable(work.getId(), "adviceFormat")).isEqualTo("Theoretisch (kennis en achtergrond)");

    submit(request, "Task_ProposeIntervention", proposal(5000));
    submit(request, "Task_CheckQuality", qualityCheck("rework", Principle.LASTING));
    assertThat(work).isWaitingAt("Task_ProposeIntervention");
    submit(request, "Task_ProposeIntervention", proposal(6000));
    submit(request, "Task_CheckQuality", qualityApproved());

    assertThat(work).isWaitingAt("Task_ApproveBudget").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(((Number) runtimeService.getVariable(work.getId(), "budgetAvailable")).doubleValue()).isEqualTo(40000.0);
    submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "approve"));
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("6000");

    scheduleAndDeliver(request);
    assertThat(work).isEnded().hasPassed("End_InterventionScheduled");
    assertThat(request).isWaitingAt("Task_HoldFollowUpConversation").task().isAssignedTo("noor");
    submit(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "partly",
        "followUpEvaluation", "Meer mensen komen aan het woord.", "actualCost", 5400.0));

    assertThat(request).isEnded().hasPassed("Task_BookActualCost", "End_FollowedUp");
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("5400");
    assertThat(notifications(request)).contains("learning-request-received", "learning-request-for-account-manager",
        "learning-exploration-assigned", "learning-quality-check-requested", "learning-budget-approval-requested",
        "learning-intervention-scheduled", "learning-intervention-reminder");
  }

  @Test
  void aProposalThatFailsAPrincipleCannotBeApprovedAndGoesBackWithWhatFailedAndWhy() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    submit(request, "Task_ProposeIntervention", proposal(5000));
    Task check = task(request, "Task_CheckQuality");

    assertThatThrownBy(() -> submit(check, qualityCheck("approve", Principle.IMPACT, Principle.LASTING)))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field, FieldError::message).containsExactly(tuple("qualityDecision",
                "kan niet 'Goedkeuren' zijn: het voorstel voldoet niet aan 'Impact', 'Duurzaam'; "
                    + "kies 'Terug naar de leeradviseur voor herziening'")));
    assertThat(work).isWaitingAt("Task_CheckQuality");
    assertThat(runtimeService.getVariables(work.getId())).as("nothing of the refused check stored")
        .doesNotContainKeys("qualityDecision", "principleImpact", "principleImpactReason");
    Map<String, Object> withoutReason = qualityCheck("rework", Principle.IMPACT);
    withoutReason.remove("principleImpactReason");
    assertThatThrownBy(() -> submit(check, withoutReason)).isInstanceOfSatisfying(FormValidationException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field).containsExactly("principleImpactReason"));

    submit(check, qualityCheck("rework", Principle.IMPACT));
    // the rework task shows the failed principle and its reason
    Task rework = task(request, "Task_ProposeIntervention");
    assertThat(taskService.getVariables(rework.getId())).containsEntry("principleImpact", "not-met")
        .containsEntry("principleImpactReason", "Geen borging na de training voorzien.")
        .containsEntry("principleCityTask", "met").containsEntry("qualityRemarks", "Meer aandacht voor borging.");
    assertThat(formFields(rework)).contains("principleImpact", "principleImpactReason", "qualityRemarks");

    submit(rework, proposal(6000));
    // approving on the answers the case still holds from the first check is the same refusal
    assertThatThrownBy(() -> submit(request, "Task_CheckQuality", Map.of("qualityDecision", "approve")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field).containsExactly("qualityDecision"));
    assertThat(work).isWaitingAt("Task_CheckQuality");
    submit(request, "Task_CheckQuality", qualityApproved());
    assertThat(work).isWaitingAt("Task_ApproveBudget");
  }

  @Test
  void theAdvisorWhoProposedCannotCheckTheirOwnProposalAnotherAdvisorDoes() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    submitAs("noor", task(request, "Task_ProposeIntervention"), proposal(5000));
    assertThat(runtimeService.getVariable(work.getId(), LearningProcess.PROPOSED_BY)).isEqualTo("noor");
    Task check = task(request, "Task_CheckQuality");

    for (Map<String, Object> verdict : List.of(qualityApproved(), qualityCheck("rework", Principle.CLIMATE))) {
      assertThatThrownBy(() -> submitAs("noor", check, verdict)).isInstanceOfSatisfying(FormValidationException.class,
          refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::message)
              .containsExactly(tuple("qualityDecision",
                  "kan niet van jou komen: je hebt dit voorstel zelf gedaan; een andere leeradviseur toetst het")));
    }
    assertThat(work).isWaitingAt("Task_CheckQuality");
    assertThat(runtimeService.getVariables(work.getId())).doesNotContainKeys("qualityDecision", "principleClimate");

    submitAs("tim", check, qualityApproved());
    assertThat(work).isWaitingAt("Task_ApproveBudget");
  }

  /** The fields of the form the task shows. */
  private Set<String> formFields(Task task) {
    return FormSchemaParser.parse(formService.getDeployedTaskForm(task.getId())).fields().keySet();
  }

  @Test
  void theAccountManagersFilterShowsWhoAskedTheTeamAndTheClusterAndNothingElseOfTheCase() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    Task review = task(request, "Task_ReviewRequest");
    List<String> columns = List.of("requesterName", "teamName", "clusterName", "interventionKind");

    // what Tasklist's filter list reads for its columns: the variables in the scopes of the tasks listed
    Map<String, Object> shown = new HashMap<>();
    asUser("ingrid", () -> runtimeService.createVariableInstanceQuery()
        .variableScopeIdIn(review.getId(), review.getExecutionId(), work.getId(), request.getId())
        .variableNameIn(columns.toArray(String[]::new)).list()
        .forEach(variable -> shown.put(variable.getName(), variable.getValue())));

    assertThat(shown).containsEntry("requesterName", "Fatima El Amrani").containsEntry("teamName", "Team Jeugd Noord")
        .containsEntry("clusterName", "Sociaal").containsEntry("interventionKind", "maatwerk");
    assertThat(asUser("ingrid", () -> runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(work.getId(), request.getId()).list()).stream().map(variable -> variable.getName()))
        .as("only the task's copies of her filter's columns, none of the case's own variables")
        .containsExactlyInAnyOrderElementsOf(columns);
    assertThat(asUser("kees", () -> runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(work.getId(), request.getId()).count())).as("another cluster's account manager").isZero();
  }

  @Test
  void aRequestFromAClusterWithoutAccountManagerGoesToBureauIdWithANoteInsteadOfAnIncident() {
    withoutMembers(Groups.accountManagersOf(Cluster.BESTUUR), () -> {
      ProcessInstance request = startAs("eva", LearningProcess.REQUEST, Map.ofEntries(
          Map.entry("requesterName", "Eva de Graaf"), Map.entry("email", "eva@example.org"),
          Map.entry("teamName", "Team Bestuursadvies"), Map.entry("directorate", "Bestuur en Organisatie"),
          Map.entry("cluster", "bestuur"), Map.entry("teamSize", 9), Map.entry("targetGroup", "kantoorprofessionals"),
          Map.entry("theme", "Inclusief vergaderen"), Map.entry("helpQuestion", "Niet iedereen komt aan het woord."),
          Map.entry("desiredPeriod", "Dit najaar"), Map.entry("interventionKind", "maatwerk")));

      ProcessInstance work = calledBy(request);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(request.getId()).count()).isZero();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(work.getId()).count()).isZero();
      assertThat(recipientsOf(request, "learning-request-for-account-manager"))
          .containsExactly("daan@example.org", "demo@example.org", "mila@example.org");
      Task review = task(request, "Task_ReviewRequest");
      assertThat(review.getDescription()).isEqualTo("Niemand heeft de rol Accounthouder P&O Bestuur en Organisatie; "
          + "Bureau Inclusie en Diversiteit neemt dit over of wijst iemand aan.");
      assertThat(taskService.createTaskQuery().taskCandidateUser("mila").processInstanceId(work.getId()).list())
          .extracting(Task::getId).containsExactly(review.getId());

      submitAs("mila", review, Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
      assertThat(work).isWaitingAt("Task_ExploreNeeds");
    });
  }

  @Test
  void anOpenConflictIsDeclinedAsConflictMediationWithAReferral() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("open-conflict", "yes", 1));

    assertThat(work).isEnded().hasPassed("End_DeclinedAsConflictMediation").hasNotPassed("Task_ProposeIntervention");
    assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED).hasNotPassed("Task_NotifyScheduled");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(work.getId())
        .variableName("adviceReferral").singleResult().getValue().toString()).contains("HR business partner");
    // the requester, the advisor and the HR business partner of the requester's cluster (Sociaal: yvonne)
    assertThat(recipientsOf(request, "learning-conflict-referral"))
        .containsExactly("fatima@example.org", "noor@example.org", "yvonne@example.org");
  }

  @Test
  void aConflictReferralInAClusterWithoutHrBusinessPartnerReachesBureauIdInstead() {
    withoutMembers(Groups.hrBusinessPartnersOf(Cluster.SOCIAAL), () -> {
      ProcessInstance request = request("maatwerk");
      acceptWithAdvisor(request);
      submit(request, "Task_ExploreNeeds", exploration("open-conflict", "yes", 1));

      assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED);
      assertThat(runtimeService.createIncidentQuery().count()).isZero();
      assertThat(recipientsOf(request, "learning-conflict-referral")).containsExactly("daan@example.org",
          "demo@example.org", "fatima@example.org", "mila@example.org", "noor@example.org");
    });
  }

  @Test
  void missingLeaderOwnershipNeedsAnIntakeFirstThenANewExploration() {
    ProcessInstance request = request("maatwerk");
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("tensions", "no", 1));
    ProcessInstance work = calledBy(request);

    assertThat(work).isWaitingAt("Task_HoldLeaderIntake").task().isAssignedTo("noor");
    submit(request, "Task_HoldLeaderIntake", Map.of("intakeDate", inDays(1), "intakeNotes", "Leidinggevende neemt de lead."));
    assertThat(work).isWaitingAt("Task_ExploreNeeds");
    submit(request, "Task_ExploreNeeds", exploration("tensions", "yes", 1));

    assertThat(work).isWaitingAt("Task_ProposeIntervention");
    assertThat(runtimeService.getVariable(work.getId(), "adviceSpearhead")).isEqualTo("Bewustwording");
  }

  @Test
  void aTeamNotWillingToAnchorTheThemeNeedsAnIntakeThatSaysWhy() {
    ProcessInstance request = request("maatwerk");
    acceptWithAdvisor(request);
    Map<String, Object> notAnchored = new HashMap<>(exploration("safe", "yes", 2));
    notAnchored.put("willingToAnchor", "no");
    submit(request, "Task_ExploreNeeds", notAnchored);
    ProcessInstance work = calledBy(request);

    assertThat(work).isWaitingAt("Task_HoldLeaderIntake");
    assertThat((String) taskService.getVariable(task(request, "Task_HoldLeaderIntake").getId(), "adviceIntakeReason"))
        .contains("duurzaam te beleggen");
    submit(request, "Task_HoldLeaderIntake", Map.of("intakeDate", inDays(1), "intakeNotes", "Terugkomdag na drie maanden."));
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    assertThat(work).isWaitingAt("Task_ProposeIntervention");
    assertThat(runtimeService.getVariable(work.getId(), "adviceIntakeReason")).isNull();
  }

  @Test
  void onlyEvidenceBasedProvidersOfferedInTheCaseMayBeChosen() {
    ProcessInstance request = request("maatwerk");
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 3));
    Map<String, Object> unknownProvider = new HashMap<>(proposal(1000));
    unknownProvider.put("providerId", "niet-getoetst-bureau");

    assertThatThrownBy(() -> submit(request, "Task_ProposeIntervention", unknownProvider))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Aanbieder (evidence-based)' moet een van de keuzes zijn");
    assertThat(calledBy(request)).isWaitingAt("Task_ProposeIntervention");
  }

  @Test
  void theProposalOffersTheProvidersProvenEffectiveWhenItOpensAndRefusesOneThatLostItsEvidenceBasis() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    Task proposal = task(request, "Task_ProposeIntervention");

    List<String> offered = FormValues.strings(taskService.getVariable(proposal.getId(), LearningProcess.PROVIDER_OPTIONS));
    assertThat(offered).contains("social-safety", "seba", "human-dimensions")
        .as("Movisie's training is offer in development").doesNotContain("movisie");
    assertThat(catalogue.providers()).filteredOn(provider -> offered.contains(provider.id()))
        .hasSize(offered.size()).allMatch(Catalogue.Provider::evidenceBased);

    // while the proposal is open, P&O finds Social Safety's effect not proven after all
    Catalogue.Provider socialSafety = catalogue.provider("social-safety").orElseThrow();
    catalogue.saveProvider(new Catalogue.Provider("social-safety", "Social Safety", Catalogue.Evidence.IN_DEVELOPMENT,
        "Herevaluatie 2026 loopt"));
    try {
      Map<String, String> before = snapshot(work);
      assertThatThrownBy(() -> submit(proposal, proposal(5000))).isInstanceOfSatisfying(FormValidationException.class,
          refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
              tuple("providerId", "is niet evidence-based: Social Safety staat in de catalogus als 'in ontwikkeling'; "
                  + "kies een aanbieder die bewezen effectief is")));
      assertThat(work).isWaitingAt("Task_ProposeIntervention");
      assertThat(snapshot(work)).as("nothing of the refused proposal stored").isEqualTo(before);
    } finally {
      catalogue.saveProvider(socialSafety);
    }

    // a provider proven since is offered when the proposal opens again (after a rework)
    catalogue.saveProvider(new Catalogue.Provider("test-nieuw-bewezen", "Bureau Nieuw Bewezen",
        Catalogue.Evidence.PROVEN, "Effectevaluatie 2026, Amsterdamse School"));
    try {
      submit(proposal, proposal(5000));
      submit(request, "Task_CheckQuality", qualityCheck("rework", Principle.LASTING));
      assertThat(FormValues.strings(taskService.getVariable(task(request, "Task_ProposeIntervention").getId(),
          LearningProcess.PROVIDER_OPTIONS))).contains("test-nieuw-bewezen", "social-safety");
    } finally {
      jdbc.update("DELETE FROM app_provider WHERE id = 'test-nieuw-bewezen'");
    }
  }

  @Test
  void aProposalNamesATopicAndMethodsFromTheSeedOrDescribesAnotherInWords() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 2));
    Task proposal = task(request, "Task_ProposeIntervention");
    Map<String, Object> other = new HashMap<>(proposal(4000));
    other.put("interventionTopic", "anders");
    other.put("interventionMethods", List.of("storytelling", "anders"));

    assertThatThrownBy(() -> submit(proposal, other)).isInstanceOfSatisfying(FormValidationException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::message)
            .containsExactlyInAnyOrder(tuple("interventionTopicOther", "is verplicht"),
                tuple("interventionMethodOther", "is verplicht")));
    Map<String, Object> unknownTopic = new HashMap<>(proposal(4000));
    unknownTopic.put("interventionTopic", "teambuilding");
    assertThatThrownBy(() -> submit(proposal, unknownTopic)).isInstanceOfSatisfying(FormValidationException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field).containsExactly("interventionTopic"));
    assertThat(runtimeService.getVariables(work.getId())).doesNotContainKeys("interventionTopic", "interventionMethods");

    other.put("interventionTopicOther", "Religieuze diversiteit in het team");
    other.put("interventionMethodOther", "Theatervoorstelling met nagesprek");
    submit(proposal, other);

    Task check = task(request, "Task_CheckQuality");
    assertThat(formFields(check)).as("the check sees what was proposed")
        .contains("interventionTopic", "interventionTopicOther", "interventionMethods", "interventionMethodOther");
    assertThat(taskService.getVariables(check.getId())).containsEntry("interventionTopic", "anders")
        .containsEntry("interventionTopicOther", "Religieuze diversiteit in het team")
        .containsEntry("interventionMethodOther", "Theatervoorstelling met nagesprek");
    assertThat(FormValues.strings(taskService.getVariable(check.getId(), "interventionMethods")))
        .containsExactly("storytelling", "anders");
  }

  @Test
  void aTrainingStillInDevelopmentIsRequestedOnRequestOnlyWithTheRequestersAcknowledgement() {
    ProcessInstance request = request("open-aanbod");
    Task choice = task(request, "Task_ChooseOpenOffer");
    String options = String.valueOf(taskService.getVariable(choice.getId(), LearningProcess.OPEN_OFFER_OPTIONS));
    assertThat(FormValues.strings(options)).contains("omstanders", "biws", "kompas", "weerbaarheid");
    assertThat(options).contains("Online training Beleidstool: Kompas inclusief beleid (in ontwikkeling, op aanvraag)");

    for (Map<String, Object> unacknowledged : List.<Map<String, Object>>of(
        Map.of("catalogueItem", "kompas", "participantCount", 3),
        Map.of("catalogueItem", "kompas", "participantCount", 3, "developmentAcknowledged", false))) {
      assertThatThrownBy(() -> submit(choice, unacknowledged)).isInstanceOfSatisfying(FormValidationException.class,
          refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
              tuple("developmentAcknowledged", "moet je aanvinken: 'Online training Beleidstool: Kompas inclusief "
                  + "beleid' is nog in ontwikkeling; bevestig dat je haar toch op aanvraag wilt volgen, of kies een "
                  + "training uit het open aanbod")));
      assertThat(request).isWaitingAt("Task_ChooseOpenOffer");
      assertThat(runtimeService.getVariables(request.getId())).doesNotContainKeys("catalogueItem", "participantCount");
    }

    submit(choice, Map.of("catalogueItem", "kompas", "participantCount", 3, "developmentAcknowledged", true));
    assertThat(request).isWaitingAt("Task_PassOnEnrolment").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(runtimeService.getVariable(request.getId(), "developmentAcknowledged")).isEqualTo(true);
  }

  /** The case's variables as text: JSON values (option lists) compare by content, not identity. */
  private Map<String, String> snapshot(ProcessInstance instance) {
    Map<String, String> snapshot = new TreeMap<>();
    runtimeService.getVariables(instance.getId()).forEach((name, value) -> snapshot.put(name, String.valueOf(value)));
    return snapshot;
  }

  @Test
  void validationReadsOnlyTheFormsOwnVariables() {
    ProcessInstance request = request("maatwerk");
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 3));
    // a stored object no one can read here: validation must not touch it, as it touches no variable outside the form
    runtimeService.setVariable(calledBy(request).getId(), "archivedAttachment", Variables.serializedObjectValue("{}")
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("nl.example.Unknown").create());
    Map<String, Object> unknownProvider = new HashMap<>(proposal(1000));
    unknownProvider.put("providerId", "niet-getoetst-bureau");

    // the provider's options still come from the case
    assertThatThrownBy(() -> formService.submitTaskForm(task(request, "Task_ProposeIntervention").getId(), unknownProvider))
        .isInstanceOfSatisfying(FormValidationException.class,
            refused -> assertThat(refused.errors()).extracting(FieldError::field).containsExactly("providerId"));
  }

  @Test
  void aCostAboveWhatTheClusterHasLeftEndsAsBudgetInsufficient() {
    budgets.reserve("LV-TEST-0001", "sociaal", year, new BigDecimal("39000"), "other-case");
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    toApprovedBudget(request, 5000);

    assertThat(work).isEnded().hasPassed("End_BudgetInsufficient");
    assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED);
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("39000");
    assertThat(notifications(request)).contains("learning-budget-insufficient");
  }

  @Test
  void anAccountManagerMayRejectTheBudget() {
    ProcessInstance request = request("maatwerk");
    acceptWithAdvisor(request);
    submit(request, "Task_ExploreNeeds", exploration("safe", "yes", 4));
    submit(request, "Task_ProposeIntervention", proposal(2000));
    submit(request, "Task_CheckQuality", qualityApproved());
    ProcessInstance work = calledBy(request);
    submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "reject", "budgetRemarks", "Eerst open aanbod"));

    assertThat(work).isEnded().hasPassed("End_BudgetRejected");
    assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED);
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("0");
  }

  @Test
  void anAccountManagerMayDeclineTheRequestWithAReason() {
    ProcessInstance request = request("maatwerk");
    ProcessInstance work = calledBy(request);
    submit(request, "Task_ReviewRequest", Map.of("reviewDecision", "decline", "declineReason", "Past in het open aanbod."));

    assertThat(work).isEnded().hasPassed("End_RequestDeclined");
    assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED);
    assertThat(notifications(request)).contains("learning-request-declined");
  }

  @ParameterizedTest(name = "submitted on {0}")
  @CsvSource({"2026-11-29T10:15:00, 2026-12-11T10:15:00", "2026-12-02T10:15:00, 2026-12-16T10:15:00"})
  void aRequestLeftUntouchedForTenWorkingDaysIsEscalated(LocalDateTime submitted, LocalDateTime escalation) {
    // on the engine's fixed clock, so that the day of the week the suite runs on cannot matter
    ClockUtil.setCurrentTime(Date.from(submitted.atZone(CityTime.ZONE).toInstant()));
    try {
      ProcessInstance request = request("maatwerk");
      ProcessInstance work = calledBy(request);
      var timer = managementService.createJobQuery().processInstanceId(work.getId()).timers()
          .activityId("Timer_ReviewEscalation").singleResult();
      assertThat(timer.getDuedate()).isEqualTo(Date.from(escalation.atZone(CityTime.ZONE).toInstant()));

      fireTimer(request, "Timer_ReviewEscalation");

      assertThat(work).isWaitingAt("Task_ReviewRequest");
      // the cluster's account manager (ingrid) and Bureau I&D's three members
      assertThat(notifications(request).stream().filter("learning-review-escalation"::equals)).hasSize(4);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void anOverrunAtBookingGoesBackToTheFollowUpWithTheProblemShown() {
    ProcessInstance request = request("maatwerk");
    toApprovedBudget(request, 5000);
    budgets.reserve("LV-TEST-0002", "sociaal", year, new BigDecimal("35000"), "other-case");
    scheduleAndDeliver(request);

    submit(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "yes",
        "followUpEvaluation", "Goed.", "actualCost", 5500.0));

    assertThat(request).isWaitingAt("Task_HoldFollowUpConversation");
    assertThat((String) runtimeService.getVariable(request.getId(), "budgetProblem")).contains("ontoereikend");
    submit(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "yes",
        "followUpEvaluation", "Goed.", "actualCost", 5000.0));
    assertThat(request).isEnded().hasPassed("End_FollowedUp");
  }

  @Test
  void anOpenOfferEnrolmentIsPassedOnByPAndOConfirmedAndFollowedUp() {
    ProcessInstance request = request("open-aanbod");
    assertThat(request).isWaitingAt("Task_ChooseOpenOffer").task().isAssignedTo("fatima");

    assertThatThrownBy(() -> submit(request, "Task_ChooseOpenOffer", Map.of("catalogueItem", "kompas", "participantCount", 3)))
        .as("an offer still in development only with the acknowledgement").isInstanceOf(FormValidationException.class);
    // a training of the open offer needs no acknowledgement
    submit(request, "Task_ChooseOpenOffer", Map.of("catalogueItem", "omstanders", "participantCount", 3));

    // P&O (the cluster's account manager) is asked to pass the enrolment on and notes the date
    assertThat(request).isWaitingAt("Task_PassOnEnrolment").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(notifications(request)).containsExactly("learning-request-received", "learning-enrolment-requested");
    submit(request, "Task_PassOnEnrolment", Map.of("interventionDate", inDays(21), "interventionTime", "09:30",
        "interventionLocation", "Amstel 1, zaal 3", "enrolmentPassedOn", true));
    assertThat(notifications(request)).contains("learning-enrolment-confirmed");

    // like every other intervention: a reminder before, a follow-up conversation six weeks after
    fireTimer(request, "Timer_InterventionReminderDue");
    fireTimer(request, "Timer_FollowUpDue");
    assertThat(request).isWaitingAt("Task_HoldFollowUpConversation").task().hasCandidateGroup("id-bureau");
    submit(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "partly",
        "followUpEvaluation", "Twee collega's gebruiken de tips al.", "actualCost", 0.0));
    assertThat(request).isEnded().hasPassed("End_FollowedUp").hasNotPassed("Task_BookActualCost");
  }

  @Test
  void aDialogueFacilitatorIsAssignedByBureauIdAndFollowedUpWithoutClusterBudget() {
    ProcessInstance request = request("gespreksbegeleider");
    assertThat(request).isWaitingAt("Task_AssignFacilitator").task().hasCandidateGroup("id-bureau");
    submit(request, "Task_AssignFacilitator", Map.of("facilitatorName", "Samira Bouzid", "interventionDate", inDays(14),
        "interventionTime", "10:00", "interventionLocation", "Stadhuis"));
    fireTimer(request, "Timer_InterventionReminderDue");
    fireTimer(request, "Timer_FollowUpDue");
    assertThat(request).isWaitingAt("Task_HoldFollowUpConversation").task().hasCandidateGroup("id-bureau");
    submit(request, "Task_HoldFollowUpConversation", Map.of("behaviourGoalsMet", "yes",
        "followUpEvaluation", "Het gesprek heeft lucht gegeven.", "actualCost", 900.0));

    assertThat(request).isEnded().hasPassed("End_FollowedUp").hasNotPassed("Task_BookActualCost");
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("0");
  }

  @Test
  void theRequesterWithdrawsAndTheReservationIsReleased() {
    ProcessInstance request = request("maatwerk");
    toApprovedBudget(request, 3000);
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("3000");

    // someone else's reference is refused on the form, as an unknown one would be
    assertWithdrawalRefused("jan", reference(request));
    ProcessInstance work = calledBy(request);
    assertThat(work).isWaitingAt("Task_ScheduleIntervention");

    ProcessInstance withdrawal = startAs("fatima", LearningProcess.WITHDRAWAL,
        Map.of("requestReference", reference(request).toLowerCase(), "withdrawalReason", "Team is opgeheven"));
    runAsyncJobs();

    assertThat(withdrawal).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(request).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(work).as("the custom work ends with the request").isEnded().hasNotPassed("End_InterventionScheduled");
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("0");
    assertThat(notifications(request)).contains("learning-request-withdrawn");
  }

  @Test
  void bureauIdCancelsARequestWithAReasonAndTheReservationIsReleased() {
    ProcessInstance request = request("maatwerk");
    toApprovedBudget(request, 3000);
    ProcessInstance work = calledBy(request);

    ProcessInstance cancellation = startAs("mila", CancellationProcess.KEY, Map.of(
        CancellationProcess.CASE_ID, reference(request).toLowerCase(),
        CancellationProcess.CANCEL_REASON, "Het team is opgeheven bij de reorganisatie."));

    assertThat(cancellation).isEnded().hasPassed("Task_NotifyInvolved", "End_CaseCancelled");
    assertThat(request).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(work).isEnded().hasNotPassed("End_InterventionScheduled");
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("0");
    // the requester and the account managers by the withdrawal mail; the advisor who had the next step too
    assertThat(notifications(request)).contains("learning-request-withdrawn");
    assertThat(jdbc.queryForList("SELECT recipient FROM app_notification_log WHERE process_instance_id = ?",
        String.class, cancellation.getId())).containsExactly("noor@example.org");
    // Cockpit's user operation log names who cancelled
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(request.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE).list())
        .extracting(UserOperationLogEntry::getUserId).contains("mila");
  }

  @Test
  void aWrongBudgetDecisionIsTakenAgainInItsOwnFormAfterTheReservationIsReleased() {
    ProcessInstance request = request("maatwerk");
    toApprovedBudget(request, 3000);
    ProcessInstance work = calledBy(request);
    assertThat(work).isWaitingAt("Task_ScheduleIntervention");

    // the step right after the decision only: earlier decisions are not reopened from here
    assertThatThrownBy(() -> startAs("mila", CorrectionProcess.KEY, Map.of(CorrectionProcess.CASE_ID, reference(request),
        CorrectionProcess.DECISION, "Task_ReviewRequest", CorrectionProcess.CORRECTION_REASON, "Verkeerde adviseur gekozen.")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field).containsExactly(CorrectionProcess.DECISION));
    assertThatThrownBy(() -> startAs("ingrid", CorrectionProcess.KEY, Map.of(CorrectionProcess.CASE_ID,
        reference(request), CorrectionProcess.DECISION, "Task_ApproveBudget",
        CorrectionProcess.CORRECTION_REASON, "Ik bedacht me achteraf.")))
        .isInstanceOf(AuthorizationException.class);

    ProcessInstance correction = startAs("mila", CorrectionProcess.KEY, Map.of(CorrectionProcess.CASE_ID, reference(request),
        CorrectionProcess.DECISION, "Task_ApproveBudget",
        CorrectionProcess.CORRECTION_REASON, "Goedgekeurd op het budget van het verkeerde cluster."));

    assertThat(correction).isEnded().hasPassed("Task_NotifyReopened");
    assertThat(work).isWaitingAt("Task_ApproveBudget").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo("0");
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(work.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE).singleResult().getUserId())
        .isEqualTo("mila");
    // the decision goes through its own form again, with its own validation
    assertThatThrownBy(() -> submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "misschien")))
        .isInstanceOf(FormValidationException.class);
    submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "reject",
        "budgetRemarks", "Past niet in het budget van Sociaal."));
    assertThat(work).isEnded().hasPassed("End_BudgetRejected");
    assertThat(request).isEnded().hasPassed(LearningProcess.END_CUSTOM_WORK_STOPPED);
  }

  @Test
  void onlyTheProcessOwnerCancelsAndOnlyARunningCase() {
    ProcessInstance request = request("maatwerk");
    Map<String, Object> cancel = Map.of(CancellationProcess.CASE_ID, reference(request),
        CancellationProcess.CANCEL_REASON, "Ik wil deze zaak niet meer.");

    // a leader may not start a cancellation at all, not even of her own request
    assertThatThrownBy(() -> startAs("fatima", CancellationProcess.KEY, cancel))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> startAs("mila", CancellationProcess.KEY, Map.of(CancellationProcess.CASE_ID,
        "LV-2026-9999", CancellationProcess.CANCEL_REASON, "Dubbel ingediend door de leidinggevende.")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field).containsExactly(CancellationProcess.CASE_ID));

    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationProcess.KEY).count())
        .isZero();
  }

  @Test
  void aWithdrawalWithAnUnknownReferenceIsRefusedOnTheForm() {
    assertWithdrawalRefused("fatima", "LV-2026-9999");
  }

  @Test
  void aRequestThatEndsBeforeItsWithdrawalRunsIsAnsweredByMail() {
    ProcessInstance request = request("maatwerk");
    String reference = reference(request);
    identityService.setAuthentication("fatima", List.of("leaders"));
    ProcessInstance withdrawal;
    try {
      withdrawal = formService.submitStartForm(definitionId(LearningProcess.WITHDRAWAL),
          Map.of("requestReference", reference, "withdrawalReason", "Vergissing"));
    } finally {
      identityService.clearAuthentication();
    }
    // between the accepted form and the asynchronous withdrawal the request ends another way
    runtimeService.deleteProcessInstance(request.getId(), "test: ended meanwhile");
    runAsyncJobs();

    assertThat(withdrawal).isEnded().hasPassed("Task_NotifyNoRequest", "End_NothingWithdrawn");
    assertThat(notifications(withdrawal)).containsExactly("learning-no-request");
  }

  // --- an employee's request: their leader discusses it first (seed 001 §1.5) ---

  /** Femke (employee, Sociaal; her leader is Fatima) asks for help from Tasklist. */
  private ProcessInstance employeeRequest(String kind) {
    return startAs("femke", LearningProcess.REQUEST, Map.ofEntries(
        Map.entry("requesterName", "Femke Jacobs"), Map.entry("email", "femke@example.org"),
        Map.entry("teamName", "Team Jeugd Noord"), Map.entry("directorate", "Sociaal Domein"),
        Map.entry("cluster", "sociaal"), Map.entry("teamSize", 14), Map.entry("targetGroup", "uitvoeringsprofessionals"),
        Map.entry("theme", "Omgaan met discriminatie"),
        Map.entry("helpQuestion", "Een collega werd uitgescholden en niemand greep in."),
        Map.entry("desiredPeriod", "Dit najaar"), Map.entry("interventionKind", kind)));
  }

  private static Map<String, Object> support() {
    return Map.of(LearningProcess.LEADER_DECISION, LearningProcess.LEADER_SUPPORTS);
  }

  @Test
  void anEmployeesRequestGoesToTheirLeaderFirstWhoSupportsItAndItContinuesAsTheLeadersRequest() {
    ProcessInstance request = employeeRequest("gespreksbegeleider");

    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST).task().isAssignedTo("fatima");
    Task discuss = task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);
    assertThat(discuss.getName()).isEqualTo("Aanvraag van Femke Jacobs bespreken");
    assertThat(discuss.getDueDate()).as("due in ten days")
        .isCloseTo(new Date(System.currentTimeMillis() + 10L * 86_400_000L), 120_000L);
    assertThat(reference(request)).matches("LV-\\d{4}-\\d{4}");
    assertThat(runtimeService.getVariables(request.getId())).containsEntry("employeeId", "femke")
        .containsEntry("leaderId", "fatima").containsEntry("requesterId", "femke");
    assertThat(recipientsOf(request, "learning-request-received")).containsExactly("femke@example.org");
    assertThat(recipientsOf(request, "learning-employee-request-for-leader")).containsExactly("fatima@example.org");
    assertThat(notifications(request)).as("nothing reaches P&O or Bureau I&D before the leader decides")
        .doesNotContain("learning-facilitator-requested", "learning-request-for-account-manager");
    assertThat(formFields(discuss)).contains("employeeName", "helpQuestion", "leaderDecision", "leaderDeclineReason");

    submitAs("fatima", discuss, support());

    assertThat(request).hasPassed("Task_TakeOverRequest", "Task_NotifyEmployeeSupported")
        .isWaitingAt("Task_AssignFacilitator");
    assertThat(runtimeService.getVariables(request.getId())).as("the leader is the responsible requester now")
        .containsEntry("requesterId", "fatima").containsEntry("requesterName", "Fatima El Amrani")
        .containsEntry("email", "fatima@example.org").containsEntry("leaderDecidedBy", "fatima")
        .containsEntry("employeeId", "femke");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult()
        .getStartUserId()).as("the engine still knows who asked").isEqualTo("femke");
    assertThat(recipientsOf(request, "learning-employee-request-supported")).containsExactly("femke@example.org");

    submit(request, "Task_AssignFacilitator", Map.of("facilitatorName", "Amina Benali",
        "interventionDate", inDays(14), "interventionTime", "10:00", "interventionLocation", "Stadhuis"));
    assertThat(recipientsOf(request, "learning-intervention-scheduled")).as("the employee is kept informed")
        .containsExactly("fatima@example.org", "femke@example.org");
  }

  @Test
  void aLeaderWhoDeclinesMustGiveAReasonWhichTheEmployeeGetsByMail() {
    ProcessInstance request = employeeRequest("maatwerk");
    Task discuss = task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);

    assertThatThrownBy(() -> submitAs("fatima", discuss, Map.of(LearningProcess.LEADER_DECISION,
        LearningProcess.LEADER_DECLINES))).isInstanceOfSatisfying(FormValidationException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field)
            .containsExactly(LearningProcess.LEADER_DECLINE_REASON));
    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);
    assertThat(runtimeService.getVariables(request.getId())).doesNotContainKey(LearningProcess.LEADER_DECISION);

    submitAs("fatima", discuss, Map.of(LearningProcess.LEADER_DECISION, LearningProcess.LEADER_DECLINES,
        LearningProcess.LEADER_DECLINE_REASON, "We pakken dit eerst zelf op in het teamoverleg van maart."));

    assertThat(request).isEnded().hasPassed("Task_NotifyEmployeeDeclined", "Boundary_LeaderDeclined",
        LearningProcess.END_EMPLOYEE_REQUEST_DECLINED).hasNotPassed("Gateway_RequestKind");
    assertThat(recipientsOf(request, "learning-employee-request-declined")).containsExactly("femke@example.org");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(request.getId())
        .variableName(LearningProcess.LEADER_DECLINE_REASON).singleResult().getValue())
        .isEqualTo("We pakken dit eerst zelf op in het teamoverleg van maart.");
    assertThat(notifications(request)).doesNotContain("learning-request-for-account-manager");
  }

  @Test
  void theLeaderIsRemindedAfterFiveDaysAndBureauIdAndTheAccountManagerAreToldAfterTen() {
    ProcessInstance request = employeeRequest("open-aanbod");

    fireTimer(request, LearningProcess.TIMER_LEADER_REMINDER);
    assertThat(recipientsOf(request, "learning-task-reminder")).containsExactly("fatima@example.org");
    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);

    fireTimer(request, LearningProcess.TIMER_LEADER_DEADLINE);
    assertThat(recipientsOf(request, "learning-leader-overdue")).as("Bureau I&D and the cluster's account manager")
        .contains("mila@example.org", "daan@example.org", "ingrid@example.org").doesNotContain("kees@example.org");
    assertThat(request).as("the step stays open with the leader").isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST)
        .task().isAssignedTo("fatima");

    // the open offer is the leader's to choose once she supports it
    submitAs("fatima", task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST), support());
    assertThat(request).isWaitingAt("Task_ChooseOpenOffer").task().isAssignedTo("fatima");
  }

  @Test
  void bureauIdHandsTheStepToAnotherLeaderWhoThenBecomesTheRequester() {
    testLeader("learnemp_sanne", "Sanne", "Vervanger");
    ProcessInstance request = employeeRequest("maatwerk");
    Task discuss = task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);

    asUser("mila", () -> taskService.setAssignee(discuss.getId(), "learnemp_sanne"));
    submitAs("learnemp_sanne", discuss, support());

    assertThat(runtimeService.getVariables(request.getId())).as("the one who decided, from the login")
        .containsEntry("requesterId", "learnemp_sanne").containsEntry("requesterName", "Sanne Vervanger")
        .containsEntry("leaderName", "Sanne Vervanger");
    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest").task().hasCandidateGroup("account-managers-sociaal");
    assertThat(recipientsOf(request, "learning-request-for-account-manager")).containsExactly("ingrid@example.org");
  }

  @Test
  void theEmployeeMayWithdrawUntilTheLeaderSupportsItThenOnlyTheLeaderMay() {
    ProcessInstance waiting = employeeRequest("maatwerk");
    startAs("femke", LearningProcess.WITHDRAWAL, Map.of("requestReference", reference(waiting),
        "withdrawalReason", "Toch niet nodig"));
    assertThat(waiting).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(taskService.createTaskQuery().processInstanceId(waiting.getId()).count()).isZero();

    ProcessInstance supported = employeeRequest("maatwerk");
    submitAs("fatima", task(supported, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST), support());
    assertWithdrawalRefused("femke", reference(supported));
    startAs("fatima", LearningProcess.WITHDRAWAL, Map.of("requestReference", reference(supported),
        "withdrawalReason", "Het team is opgeheven"));
    assertThat(supported).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(recipientsOf(supported, "learning-request-withdrawn")).contains("fatima@example.org",
        "femke@example.org", "ingrid@example.org");
  }

  @Test
  void anEmployeeWithoutAKnownLeaderIsToldOnTheStartFormAndNothingStarts() {
    if (identityService.createUserQuery().userId("learnemp_noleader").count() == 0) {
      var user = identityService.newUser("learnemp_noleader");
      user.setFirstName("Noa");
      user.setLastName("Zonderleider");
      user.setEmail("learnemp_noleader@example.org");
      identityService.saveUser(user);
      identityService.createMembership("learnemp_noleader", Groups.EMPLOYEES);
      identityService.createMembership("learnemp_noleader", Groups.clusterGroup(Cluster.SOCIAAL));
    }
    long requests = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST).count();

    assertThatThrownBy(() -> startAs("learnemp_noleader", LearningProcess.REQUEST,
        nl.amsterdam.inclusion.support.CaseForms.learningRequest("Noa Zonderleider", "learnemp_noleader@example.org",
            "sociaal", "maatwerk")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field, FieldError::message).containsExactly(tuple("requesterName",
                "je aanvraag gaat eerst naar je leidinggevende, maar in je account staat geen leidinggevende;"
                    + " vraag Bureau Inclusie en Diversiteit om die vast te leggen")));
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST).count())
        .as("nothing started").isEqualTo(requests);

    // a recorded leader who is no leader (any more) is no leader either
    identityService.setUserInfo("learnemp_noleader", "leader", "noor");
    assertThatThrownBy(() -> startAs("learnemp_noleader", LearningProcess.REQUEST,
        nl.amsterdam.inclusion.support.CaseForms.learningRequest("Noa Zonderleider", "learnemp_noleader@example.org",
            "sociaal", "maatwerk"))).isInstanceOf(FormValidationException.class);
  }

  @Test
  void aLeadersOwnRequestDoesNotGoThroughALeader() {
    ProcessInstance request = request("open-aanbod");
    assertThat(request).hasPassed("Gateway_ViaLeader").hasNotPassed("SubProcess_DiscussWithLeader")
        .isWaitingAt("Task_ChooseOpenOffer");
    assertThat(runtimeService.getVariables(request.getId())).containsEntry("viaLeader", false)
        .containsEntry("employeeId", null);
  }

  private String definitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  /** Refused at the reference, in Dutch, and no withdrawal started. */
  private void assertWithdrawalRefused(String userId, String reference) {
    long withdrawals = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.WITHDRAWAL).count();
    assertThatThrownBy(() -> startAs(userId, LearningProcess.WITHDRAWAL,
        Map.of("requestReference", reference, "withdrawalReason", "Niet van mij")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field, FieldError::message)
            .containsExactly(tuple("requestReference",
                "hoort niet bij een lopende aanvraag van jou: kijk in 'Mijn aanvragen' of in je bevestigingsmail")));
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.WITHDRAWAL).count())
        .as("no withdrawal started").isEqualTo(withdrawals);
  }
}
