package nl.amsterdam.inclusion.learning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of intervention-advice and of the two decisions it requires, table-driven. */
class InterventionAdviceDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision advice;
  private static DmnDecision spearhead;
  private static DmnDecision format;

  @BeforeAll
  static void parse() throws Exception {
    Path model = Path.of("bpmn/intervention-advice.dmn");
    try (InputStream in = Files.newInputStream(model)) {
      advice = DMN.parseDecision(LearningProcess.ADVICE_DECISION, in);
    }
    try (InputStream in = Files.newInputStream(model)) {
      spearhead = DMN.parseDecision("learning-spearhead", in);
    }
    try (InputStream in = Files.newInputStream(model)) {
      format = DMN.parseDecision("learning-format", in);
    }
  }

  @ParameterizedTest(name = "niveau {0} -> {1}")
  @CsvSource({"1, awareness", "2, action-perspective", "3, uncomfortable-conversation", "4, uncomfortable-conversation"})
  void theCompetenceLevelDecidesWhichSpearheadComesFirst(int level, String expected) {
    assertThat((String) DMN.evaluateDecision(spearhead, Variables.createVariables().putValue("competenceLevel", level))
        .getSingleEntry()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"uitvoeringsprofessionals, practical", "leidinggevenden, practical",
      "kantoorprofessionals, theoretical", "directeuren, theoretical"})
  void theTargetGroupDecidesTheFormat(String targetGroup, String expected) {
    assertThat((String) DMN.evaluateDecision(format, Variables.createVariables().putValue("targetGroup", targetGroup))
        .getSingleEntry()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, eigenaarschap {1}, niveau {2}, {3} -> {4}")
  @CsvSource(nullValues = "null", value = {
      // an open conflict is never a learning setting, whatever else holds
      "open-conflict, yes, 2, kantoorprofessionals, decline-conflict, null, null, true",
      "open-conflict, no, 1, leidinggevenden, decline-conflict, null, null, true",
      // no ownership of the leader: intake first (the advice for afterwards is already given)
      "safe, no, 1, uitvoeringsprofessionals, intake-first, awareness, practical, false",
      "tensions, no, 3, directeuren, intake-first, uncomfortable-conversation, theoretical, false",
      // otherwise: propose an intervention
      "safe, yes, 1, kantoorprofessionals, proceed, awareness, theoretical, false",
      "tensions, partly, 2, leidinggevenden, proceed, action-perspective, practical, false",
      "safe, yes, 4, uitvoeringsprofessionals, proceed, uncomfortable-conversation, practical, false"})
  void theAdviceFollowsTheRulesOfTheVision(String climate, String ownership, int level, String targetGroup,
      String outcome, String expectedSpearhead, String expectedFormat, boolean referral) {
    DmnDecisionResultEntries result = DMN.evaluateDecision(advice, Variables.createVariables()
        .putValue("learningClimate", climate).putValue("leaderOwnership", ownership)
        .putValue("competenceLevel", level).putValue("targetGroup", targetGroup)).getSingleResult();

    assertThat((String) result.getEntry("adviceOutcome")).isEqualTo(outcome);
    assertThat((String) result.getEntry("adviceSpearhead")).isEqualTo(expectedSpearhead);
    assertThat((String) result.getEntry("adviceFormat")).isEqualTo(expectedFormat);
    assertThat(result.getEntry("adviceReferral") != null).isEqualTo(referral);
  }
}
