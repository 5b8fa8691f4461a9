package nl.amsterdam.inclusion.form;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormLabelsTest {

  private static final Map<String, Object> CASE = Map.of("behaviours", "{\"luisteren\":\"Luistert naar alle perspectieven\"}");

  @Test
  void aTemplateReadsTheTextFromTheCasesJsonVariable() {
    assertThat(FormLabels.resolve("{{behaviours.luisteren}} (1-5)", CASE::get)).isEqualTo("Luistert naar alle perspectieven (1-5)");
    assertThat(FormLabels.variables("{{ behaviours.luisteren }} (1-5)")).containsExactly("behaviours");
    Map<String, Object> asStored = Map.of("behaviours", Map.of("luisteren", "Luistert naar alle perspectieven"));
    assertThat(FormLabels.resolve("{{behaviours.luisteren}}", asStored::get)).isEqualTo("Luistert naar alle perspectieven");
  }

  @Test
  void aMissingVariableOrKeyReadsAsTheKeyAndPlainLabelsStayAsTheyAre() {
    assertThat(FormLabels.resolve("{{behaviours.ongemak}} (1-5)", CASE::get)).isEqualTo("ongemak (1-5)");
    assertThat(FormLabels.resolve("{{elders.ongemak}}", CASE::get)).isEqualTo("ongemak");
    assertThat(FormLabels.resolve("Reden van afwijzing", CASE::get)).isEqualTo("Reden van afwijzing");
    assertThat(FormLabels.variables("Reden van afwijzing")).isEmpty();
  }
}
