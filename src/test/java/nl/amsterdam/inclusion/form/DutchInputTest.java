package nl.amsterdam.inclusion.form;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutchInputTest {

  private static final FormSchema FORM = FormSchemaParser.parse(new ByteArrayInputStream("""
      { "id": "test", "components": [
        { "type": "textfield", "key": "cost", "label": "Kosten", "properties": { "amount": "euros" } },
        { "type": "textfield", "key": "name", "label": "Naam" },
        { "type": "datetime", "key": "date", "subtype": "date", "dateLabel": "Datum" },
        { "type": "datetime", "key": "time", "subtype": "time", "timeLabel": "Aanvang" }
      ] }""".getBytes(StandardCharsets.UTF_8)));

  @Test
  void storesADutchAmountAsANumberAndADutchDateAsTheIsoDateTheModelsRead() {
    assertThat(DutchInput.read(FORM, Map.of("cost", "€ 4.800,00", "date", "15-12-2026")))
        .isEqualTo(Map.of("cost", 4800L, "date", "2026-12-15"));
  }

  @Test
  void leavesEverythingElseAsTyped() {
    // what is not read one way is left for the validator to refuse; other fields are not amounts or dates
    assertThat(DutchInput.read(FORM, Map.of("cost", "4.80", "name", "4.800", "date", "31-02-2027",
        "time", "10-11-2026"))).isEmpty();
    assertThat(DutchInput.read(FORM, Map.of("cost", "4.800,50", "date", "2026-12-15", "unknown", "4.800"))).isEmpty();
  }
}
