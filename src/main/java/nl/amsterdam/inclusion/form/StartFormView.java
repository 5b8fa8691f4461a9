package nl.amsterdam.inclusion.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * A start form as the signed-in person sees it when it opens: what it takes from their account filled in
 * ({@link AccountPrefill}) and what it says about the moment ({@link StartFormContext}, {@link StartFormOptions}). Called by
 * {@link nl.amsterdam.inclusion.security.EngineRules} on the engine's deployed-start-form command, so Tasklist and
 * the REST API show the same.
 */
@Service
public class StartFormView {

  private final AccountPrefill accountPrefill;
  private final List<StartFormContext> contexts;
  private final List<StartFormOptions> options;

  public StartFormView(AccountPrefill accountPrefill, List<StartFormContext> contexts, List<StartFormOptions> options) {
    this.accountPrefill = accountPrefill;
    this.contexts = contexts;
    this.options = options;
  }

  public InputStream shownTo(InputStream form, String userId) {
    JsonNode tree;
    try {
      tree = FormJson.tree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable Camunda Form", e);
    }
    accountPrefill.fill(tree, userId);
    String formId = tree.path("id").asText();
    contexts.stream().filter(context -> context.formId().equals(formId)).forEach(context -> {
      for (JsonNode component : tree.path("components")) {
        if (context.componentId().equals(component.path("id").asText()) && component instanceof ObjectNode text) {
          text.put("text", context.text(userId));
        }
      }
    });
    // Tasklist gives a start form no variables, so the options go into the select itself
    options.stream().filter(select -> select.formId().equals(formId)).forEach(select -> {
      for (JsonNode component : tree.path("components")) {
        if (select.valuesKey().equals(component.path("valuesKey").asText()) && component instanceof ObjectNode field) {
          field.remove("valuesKey");
          field.set("values", FormJson.node(select.options()));
        }
      }
    });
    return new ByteArrayInputStream(FormJson.text(tree).getBytes(StandardCharsets.UTF_8));
  }
}
