package nl.amsterdam.inclusion.learning;

import java.util.HashMap;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The quality check's two rules as functions; LearningRequestProcessTest shows them refusing in the process. */
class QualityCheckRulesTest {

  private static Map<String, Object> answers(String decision, String impact) {
    Map<String, Object> answers = new HashMap<>(Map.of("qualityDecision", decision, "principleCityTask", "met",
        "principleLasting", "met", "principleClimate", "met"));
    answers.put("principleImpact", impact);
    return answers;
  }

  @Test
  void approvingIsRefusedOnlyWhileAPrincipleFails() {
    assertThat(FourPrinciplesRule.refusal(answers("approve", "not-met")::get)).extracting(FieldError::field,
        FieldError::label).containsExactly(tuple("qualityDecision", "Oordeel"));
    assertThat(FourPrinciplesRule.refusal(answers("approve", "not-met")::get).get(0).message())
        .contains("'Impact'").doesNotContain("Duurzaam");
    assertThat(FourPrinciplesRule.refusal(answers("approve", "met")::get)).isEmpty();
    assertThat(FourPrinciplesRule.refusal(answers("rework", "not-met")::get)).as("back for rework").isEmpty();
    assertThat(FourPrinciplesRule.refusal(answers("rework", "met")::get)).as("rework for other reasons").isEmpty();
  }

  @Test
  void onlyTheProposerIsRefusedTheCheck() {
    assertThat(OwnProposalRule.refusal("noor", "noor")).extracting(FieldError::field).containsExactly("qualityDecision");
    assertThat(OwnProposalRule.refusal("tim", "noor")).isEmpty();
    assertThat(OwnProposalRule.refusal(null, "noor")).as("the application itself").isEmpty();
    assertThat(OwnProposalRule.refusal("noor", null)).as("no proposer recorded (older cases)").isEmpty();
  }
}
