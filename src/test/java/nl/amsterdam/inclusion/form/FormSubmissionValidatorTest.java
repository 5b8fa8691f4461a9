package nl.amsterdam.inclusion.form;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormSubmissionValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static final FormSchema FORM = FormSchemaParser.parse(new ByteArrayInputStream("""
      { "id": "test", "components": [
        { "type": "text", "text": "# Uitleg" },
        { "type": "textfield", "key": "name", "label": "Naam", "validate": { "required": true, "maxLength": 20 } },
        { "type": "textfield", "key": "email", "label": "E-mail", "validate": { "validationType": "email" } },
        { "type": "textfield", "key": "code", "label": "Code", "validate": { "pattern": "[A-Z]{3}" } },
        { "type": "group", "label": "Beoordeling", "components": [
          { "type": "number", "key": "rating", "label": "Cijfer", "decimalDigits": 0,
            "validate": { "required": true, "min": 1, "max": 10 } } ] },
        { "type": "datetime", "key": "date", "subtype": "date", "dateLabel": "Datum", "disallowPassedDates": true },
        { "type": "checkbox", "key": "consent", "label": "Toestemming" },
        { "type": "select", "key": "function", "label": "Functie",
          "values": [ { "label": "Directeur", "value": "directeur" }, { "label": "Teammanager", "value": "teammanager" } ] },
        { "type": "checklist", "key": "interests", "label": "Interesse",
          "values": [ { "label": "Intervisie", "value": "intervisie" } ] },
        { "type": "textarea", "key": "note", "label": "Toelichting", "readonly": true },
        { "type": "textfield", "key": "reason", "label": "Reden", "validate": { "required": true },
          "conditional": { "hide": "=consent != true" } },
        { "type": "checkbox", "key": "confirm", "label": "Bevestiging", "validate": { "required": true } },
        { "type": "textfield", "key": "cost", "label": "Geraamde kosten", "appearance": { "prefixAdorner": "€" },
          "properties": { "amount": "euros", "min": "0", "max": "500000" } },
        { "type": "datetime", "key": "time", "subtype": "time", "timeLabel": "Aanvang" }
      ] }""".getBytes(StandardCharsets.UTF_8)));

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("name", "", "is verplicht"),
        Arguments.of("name", null, "is verplicht"),
        Arguments.of("name", 42, "moet tekst zijn"),
        Arguments.of("name", "x".repeat(21), "mag hoogstens 20 tekens lang zijn"),
        Arguments.of("name", "<script>alert(1)", "mag geen HTML of script bevatten"),
        Arguments.of("name", "Jan <b>", "mag geen HTML of script bevatten"),
        Arguments.of("email", "geen-adres", "moet een geldig e-mailadres zijn"),
        Arguments.of("code", "abc", "heeft niet de juiste vorm"),
        Arguments.of("rating", 0, "moet minstens 1 zijn"),
        Arguments.of("rating", 11, "mag hoogstens 10 zijn"),
        Arguments.of("rating", 7.5, "moet een geheel getal zijn"),
        Arguments.of("rating", "acht", "moet een getal zijn"),
        Arguments.of("date", "2026-11-22", "mag niet in het verleden liggen"),
        Arguments.of("date", "22-11-2026", "mag niet in het verleden liggen"),
        Arguments.of("date", "31-02-2027", "moet een bestaande datum zijn, geschreven als dd-mm-jjjj"),
        Arguments.of("date", "2027-02-31", "moet een bestaande datum zijn, geschreven als dd-mm-jjjj"),
        Arguments.of("date", "02/31/2027", "moet een bestaande datum zijn, geschreven als dd-mm-jjjj"),
        Arguments.of("cost", "4.80", "is geen bedrag: schrijf hele euro's, bijvoorbeeld 4.800"),
        Arguments.of("cost", "4,800", "is geen bedrag: schrijf hele euro's, bijvoorbeeld 4.800"),
        Arguments.of("cost", "vierduizend", "is geen bedrag"),
        Arguments.of("cost", "4.800,50", "moet in hele euro's, zonder centen"),
        Arguments.of("cost", 4.8, "moet in hele euro's, zonder centen"),
        Arguments.of("cost", "600.000", "mag hoogstens € 500.000 zijn"),
        Arguments.of("cost", -5, "moet minstens € 0 zijn"),
        Arguments.of("confirm", "ja", "moet ja of nee zijn"),
        Arguments.of("function", "wethouder", "moet een van de keuzes zijn"),
        Arguments.of("interests", List.of("reünie"), "moet een van de keuzes zijn"),
        Arguments.of("interests", "intervisie", "moet een lijst van keuzes zijn"),
        Arguments.of("confirm", false, "is verplicht"),
        Arguments.of("unknownField", "x", "is geen veld van dit formulier"));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @MethodSource("invalidValues")
  void refusesAnInvalidValueNamingTheField(String field, Object value, String message) {
    Map<String, Object> submission = validSubmission();
    submission.put(field, value);

    List<FieldError> errors = FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).field()).isEqualTo(field);
    assertThat(errors.get(0).message()).startsWith(message);
  }

  @Test
  void acceptsAValidSubmissionIncludingToday() {
    Map<String, Object> submission = validSubmission();
    submission.put("date", "2026-11-23");
    submission.put("rating", 8);
    submission.put("interests", List.of("intervisie"));

    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY)).isEmpty();
  }

  @Test
  void acceptsDatesAndAmountsWrittenTheDutchWay() {
    Map<String, Object> submission = validSubmission();
    submission.put("date", "15-12-2026");
    submission.put("cost", "€ 4.800,00");
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY)).isEmpty();

    submission.put("cost", 4800);
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY)).isEmpty();
  }

  @Test
  void aTimeFieldIsNamedByItsTimeLabel() {
    Map<String, Object> submission = validSubmission();
    submission.put("time", "half tien");

    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY))
        .extracting(FieldError::label).containsExactly("Aanvang");
  }

  @Test
  void refusesANumberSentAsText() {
    // stored as text it would break every step that counts with it
    Map<String, Object> submission = validSubmission();
    submission.put("rating", "8");

    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY))
        .extracting(FieldError::field).containsExactly("rating");
  }

  @Test
  void aRequiredFieldMayKeepTheValueTheTaskAlreadyHas() {
    Map<String, Object> submission = validSubmission();
    submission.remove("name");

    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY))
        .extracting(FieldError::field).containsExactly("name");
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> key.equals("name") ? "Fatima" : null, TODAY))
        .isEmpty();
  }

  @Test
  void aFieldHiddenByItsConditionIsNotRequiredAndAVisibleOneIs() {
    Map<String, Object> submission = validSubmission();
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY)).isEmpty();

    submission.put("consent", true);
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY))
        .extracting(FieldError::field).containsExactly("reason");

    submission.put("reason", "Omdat het moet");
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> null, TODAY)).isEmpty();
  }

  @Test
  void aReadOnlyFieldMayComeBackUnchangedButNotAltered() {
    Map<String, Object> submission = validSubmission();
    submission.put("note", "Tekst van de coach");
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> key.equals("note") ? "Tekst van de coach" : null,
        TODAY)).isEmpty();

    submission.put("note", "Andere tekst");
    assertThat(FormSubmissionValidator.validate(FORM, submission, key -> key.equals("note") ? "Tekst van de coach" : null,
        TODAY)).extracting(FieldError::message).containsExactly("mag niet worden gewijzigd");
  }

  @Test
  void readOnlyValuesCompareAsTheyAreShown() {
    assertThat(FormSubmissionValidator.sameValue(40000, 40000.0)).isTrue();
    assertThat(FormSubmissionValidator.sameValue("", null)).isTrue();
    assertThat(FormSubmissionValidator.sameValue(List.of("a"), "[\"a\"]")).isTrue();
    assertThat(FormSubmissionValidator.sameValue("1", 2)).isFalse();
    assertThat(FormSubmissionValidator.sameValue(null, "x")).isFalse();
  }

  @Test
  void namesTheLabelNotTheKeyInTheMessage() {
    List<FieldError> errors = FormSubmissionValidator.validate(FORM, Map.of(), key -> null, TODAY);

    assertThat(FormValidationException.describe(errors))
        .isEqualTo("Ongeldige invoer: 'Naam' is verplicht; 'Cijfer' is verplicht; 'Bevestiging' is verplicht");
  }

  private static Map<String, Object> validSubmission() {
    Map<String, Object> submission = new HashMap<>();
    submission.put("name", "Fatima");
    submission.put("rating", 8);
    submission.put("confirm", true);
    return submission;
  }
}
