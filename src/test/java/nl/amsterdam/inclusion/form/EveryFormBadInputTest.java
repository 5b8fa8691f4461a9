package nl.amsterdam.inclusion.form;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input against every form in {@code forms/}: for each editable field a missing required value,
 * a wrong type, out-of-range numbers and dates, text that is too long, markup and an invalid option,
 * plus a variable the form does not have. Each must be refused naming that field, while a valid
 * submission built from the same form passes.
 */
class EveryFormBadInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static int inputsTried;

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(file -> file.toString().endsWith(".form")).sorted();
  }

  @AfterAll
  static void report() {
    System.out.println("Bad-input sweep: " + inputsTried + " invalid submissions refused");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyBadValueIsRefusedNamingItsField(Path file) throws IOException {
    FormSchema schema;
    try (InputStream in = Files.newInputStream(file)) {
      schema = FormSchemaParser.parse(in);
    }
    Map<String, Object> valid = new HashMap<>();
    for (FormField field : schema.fields().values()) {
      if (!field.readOnly()) {
        valid.put(field.key(), validValue(field));
      }
    }
    // the case holds the options of selects with valuesKey, nothing else
    Function<String, Object> caseData = key -> schema.fields().values().stream()
        .filter(f -> key.equals(f.valuesKey())).findFirst()
        .<Object>map(f -> List.of(Map.of("label", "Keuze", "value", "keuze"))).orElse(null);
    assertThat(FormSubmissionValidator.validate(schema, valid, caseData, TODAY)).as("valid submission").isEmpty();

    for (FormField field : schema.fields().values()) {
      if (field.readOnly() || field.hideExpression() != null) {
        continue; // conditional fields are covered where their condition is tested
      }
      for (Object bad : badValues(field)) {
        Map<String, Object> submission = new HashMap<>(valid);
        if (bad == MISSING) {
          submission.remove(field.key());
        } else {
          submission.put(field.key(), bad);
        }
        List<FieldError> errors = FormSubmissionValidator.validate(schema, submission, caseData, TODAY);
        assertThat(errors).as(file.getFileName() + " " + field.key() + " = " + bad)
            .extracting(FieldError::field).contains(field.key());
        inputsTried++;
      }
    }
    Map<String, Object> withExtra = new HashMap<>(valid);
    withExtra.put("status", "goedgekeurd");
    assertThat(FormSubmissionValidator.validate(schema, withExtra, caseData, TODAY))
        .extracting(FieldError::field).containsExactly("status");
    inputsTried++;
  }

  private static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "(ontbreekt)";
    }
  };

  private static Object validValue(FormField field) {
    if (field.euros()) {
      return "€ 4.800";
    }
    return switch (field.type()) {
      case "number" -> field.min() != null ? field.min().intValue() : 1;
      case "checkbox" -> true;
      case "datetime" -> "time".equals(field.subtype()) ? "10:00" : TODAY.plusDays(1).toString();
      case "select", "radio" -> field.options() != null ? field.options().get(0) : "keuze";
      case "checklist", "taglist" -> List.of(field.options() != null ? field.options().get(0) : "keuze");
      // the only pattern in the forms is the learning request reference
      default -> "email".equals(field.validationType()) ? "naam@example.org"
          : field.pattern() != null ? "LV-2026-0001"
          : field.minLength() != null ? "Tekst".repeat(field.minLength() / 5 + 1) : "Tekst";
    };
  }

  private static List<Object> badValues(FormField field) {
    List<Object> bad = new ArrayList<>();
    if (field.required()) {
      bad.add(MISSING);
    }
    if (field.euros()) {
      // what a browser would have rolled over, or a reader could read two ways
      bad.addAll(List.of("4.80", "4,800", "4.800,50", 4.8, "veel"));
      if (field.max() != null) {
        bad.add(field.max().add(BigDecimal.ONE));
      }
      if (field.min() != null) {
        bad.add(field.min().subtract(BigDecimal.ONE));
      }
      return bad;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> {
        bad.add(42);
        bad.add("<script>alert('x')</script>");
        int max = field.maxLength() == null ? FormField.MAX_TEXT_LENGTH : field.maxLength();
        bad.add("x".repeat(max + 1));
        if (field.minLength() != null && field.minLength() > 1) {
          bad.add("x".repeat(field.minLength() - 1));
        }
        if ("email".equals(field.validationType())) {
          // a list or a group would make the mail step write to everyone in it
          bad.add("group:leaders,x@example.org");
          bad.add("naam@example.org;x@example.org");
        }
      }
      case "number" -> {
        bad.add("veel");
        if (field.max() != null) {
          bad.add(field.max().add(BigDecimal.ONE));
        }
        if (field.min() != null) {
          bad.add(field.min().subtract(BigDecimal.ONE));
        }
      }
      case "datetime" -> {
        bad.add("morgen");
        if (!"time".equals(field.subtype())) {
          bad.add("31-02-2027"); // refused, not rolled over to 3 March
        }
        if (field.disallowPassedDates()) {
          bad.add(TODAY.minusDays(1).toString());
        }
      }
      case "checkbox" -> bad.add("ja");
      case "select", "radio" -> bad.add("geen-keuze");
      case "checklist", "taglist" -> bad.add(List.of("geen-keuze"));
      default -> { }
    }
    return bad;
  }
}
