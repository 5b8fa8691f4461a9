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

  @ParameterizedTest(name = "{0}, eigenaarschap medewerkers {1}, niveau {2} -> {3}")
  @CsvSource(quoteCharacter = '"', value = {
      // leaders and directors: leadership first, whatever their level (their example sets the culture)
      "leidinggevenden, yes, 3, Leiderschap", "directeuren, no, 1, Leiderschap",
      // employees without ownership: the theme is far away, awareness first
      "kantoorprofessionals, no, 3, Bewustwording",
      // otherwise the competence level decides
      "uitvoeringsprofessionals, yes, 1, Bewustwording", "kantoorprofessionals, partly, 2, Handelingsperspectief",
      "uitvoeringsprofessionals, partly, 3, Het 'ongemakkelijke' gesprek",
      "kantoorprofessionals, yes, 4, Het 'ongemakkelijke' gesprek"})
  void theTargetGroupOwnershipAndLevelDecideWhichSpearheadComesFirst(String targetGroup, String employeeOwnership,
      int level, String expected) {
    assertThat((String) DMN.evaluateDecision(spearhead, Variables.createVariables().putValue("targetGroup", targetGroup)
        .putValue("employeeOwnership", employeeOwnership).putValue("competenceLevel", level)).getSingleEntry())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"uitvoeringsprofessionals, Praktisch (doen en oefenen)", "leidinggevenden, Praktisch (doen en oefenen)",
      "kantoorprofessionals, Theoretisch (kennis en achtergrond)", "directeuren, Theoretisch (kennis en achtergrond)"})
  void theTargetGroupDecidesTheFormat(String targetGroup, String expected) {
    assertThat((String) DMN.evaluateDecision(format, Variables.createVariables().putValue("targetGroup", targetGroup))
        .getSingleEntry()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, eigenaarschap {1}, borgen {2}, niveau {3}, {4} -> {5}")
  @CsvSource(nullValues = "null", quoteCharacter = '"', value = {
      // an open conflict is never a learning setting, whatever else holds
      "open-conflict, yes, yes, 2, kantoorprofessionals, decline-conflict, null, null, true, false",
      "open-conflict, no, no, 1, leidinggevenden, decline-conflict, null, null, true, false",
      // no ownership of the leader, or no willingness to anchor: intake first (the advice for afterwards is given)
      "safe, no, yes, 1, uitvoeringsprofessionals, intake-first, Bewustwording, Praktisch (doen en oefenen), false, true",
      "tensions, no, no, 3, directeuren, intake-first, Leiderschap, Theoretisch (kennis en achtergrond), false, true",
      "safe, yes, no, 2, kantoorprofessionals, intake-first, Handelingsperspectief, Theoretisch (kennis en achtergrond), false, true",
      // otherwise: propose an intervention
      "safe, yes, yes, 1, kantoorprofessionals, proceed, Bewustwording, Theoretisch (kennis en achtergrond), false, false",
      "tensions, partly, yes, 2, leidinggevenden, proceed, Leiderschap, Praktisch (doen en oefenen), false, false",
      "safe, yes, yes, 4, uitvoeringsprofessionals, proceed, Het 'ongemakkelijke' gesprek, Praktisch (doen en oefenen), false, false"})
  void theAdviceFollowsTheRulesOfTheVision(String climate, String ownership, String willingToAnchor, int level,
      String targetGroup, String outcome, String expectedSpearhead, String expectedFormat, boolean referral,
      boolean intakeReason) {
    DmnDecisionResultEntries result = DMN.evaluateDecision(advice, Variables.createVariables()
        .putValue("learningClimate", climate).putValue("leaderOwnership", ownership)
        .putValue("willingToAnchor", willingToAnchor).putValue("employeeOwnership", "partly")
        .putValue("competenceLevel", level).putValue("targetGroup", targetGroup)).getSingleResult();

    assertThat((String) result.getEntry("adviceOutcome")).isEqualTo(outcome);
    assertThat((String) result.getEntry("adviceSpearhead")).isEqualTo(expectedSpearhead);
    assertThat((String) result.getEntry("adviceFormat")).isEqualTo(expectedFormat);
    assertThat(result.getEntry("adviceReferral") != null).isEqualTo(referral);
    assertThat(result.getEntry("adviceIntakeReason") != null).isEqualTo(intakeReason);
  }
}
