package nl.amsterdam.inclusion.form;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * What a start form takes from the signed-in user's account instead of asking it. A form field with the custom
 * property {@code "account"} (form-js component properties) names the account's item it shows: {@code naam},
 * {@code email}, {@code cluster} (the cluster's code, as the select's option value) or {@code directie} (the
 * directorate's name). Such a field is read-only: Tasklist shows the account's value as the field's default value,
 * and the engine stores the account's value whatever a submission says.
 */
@Component
public class AccountPrefill {

  static final String PROPERTY = "account";

  private final IdentityService identity;

  public AccountPrefill(IdentityService identity) {
    this.identity = identity;
  }

  /** The form's marked fields by key, each with the account item it shows. */
  static Map<String, String> markedFields(JsonNode form) {
    Map<String, String> marked = new LinkedHashMap<>();
    collect(form.path("components"), marked);
    return marked;
  }

  private static void collect(JsonNode components, Map<String, String> marked) {
    for (JsonNode component : components) {
      String item = component.path("properties").path(PROPERTY).asText(null);
      if (item != null && component.hasNonNull("key")) {
        marked.put(component.path("key").asText(), item);
      }
      collect(component.path("components"), marked);
    }
  }

  /** The account's value of each marked field; a field whose item the account does not hold is left out. */
  Map<String, Object> valuesFor(JsonNode form, String userId) {
    Map<String, Object> values = new LinkedHashMap<>();
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return values;
    }
    markedFields(form).forEach((key, item) -> item(user, item).ifPresent(value -> values.put(key, value)));
    return values;
  }

  /** Shows the form to {@code userId}: the marked fields read-only, with the account's values as default values. */
  void fill(JsonNode form, String userId) {
    fill(form.path("components"), valuesFor(form, userId));
  }

  private static void fill(JsonNode components, Map<String, Object> values) {
    for (JsonNode component : components) {
      if (component.path("properties").has(PROPERTY) && component instanceof ObjectNode field) {
        field.put("readonly", true);
        Object value = values.get(field.path("key").asText());
        if (value != null) {
          field.put("defaultValue", value.toString());
        }
      }
      fill(component.path("components"), values);
    }
  }

  private Optional<String> item(User user, String item) {
    return switch (item) {
      case "naam" -> Optional.of(String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).trim())
          .filter(name -> !name.isEmpty());
      case "email" -> Optional.ofNullable(user.getEmail()).filter(email -> !email.isBlank());
      case "cluster" -> groupOfType(user.getId(), Groups.TYPE_CLUSTER).flatMap(group -> Arrays.stream(Cluster.values())
          .filter(cluster -> Groups.clusterGroup(cluster).equals(group.getId())).findFirst()).map(Cluster::code);
      case "directie" -> groupOfType(user.getId(), Groups.TYPE_DIRECTORATE).map(Group::getName);
      default -> throw new IllegalStateException("Unknown account item '" + item + "' in a form");
    };
  }

  private Optional<Group> groupOfType(String userId, String type) {
    List<Group> groups = identity.createGroupQuery().groupMember(userId).groupType(type).orderByGroupId().asc().list();
    return groups.stream().findFirst();
  }

  private static String nonBlank(String text) {
    return text == null ? "" : text.trim();
  }
}
