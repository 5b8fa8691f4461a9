package nl.amsterdam.inclusion.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Start forms take who starts from the login: the account's name, e-mail and cluster, never the submission's. */
class AccountPrefillIntegrationTest extends ProcessTestCase {

  private String definitionId(String processKey) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
  }

  private JsonNode startFormAs(String userId, String processKey) {
    String definitionId = definitionId(processKey);
    return asUser(userId, () -> {
      try (InputStream form = formService.getDeployedStartForm(definitionId)) {
        return new ObjectMapper().readTree(form);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  @Test
  void fatimaOpensTheLearningRequestAndSeesHerOwnNameEmailAndClusterReadOnly() {
    JsonNode form = startFormAs("fatima", LearningProcess.REQUEST);

    assertThat(field(form, "requesterName").path("defaultValue").asText()).isEqualTo("Fatima El Amrani");
    assertThat(field(form, "email").path("defaultValue").asText()).isEqualTo("fatima@example.org");
    assertThat(field(form, "cluster").path("defaultValue").asText()).isEqualTo("sociaal");
    assertThat(field(form, "requesterName").path("readonly").asBoolean()).isTrue();
    assertThat(field(form, "teamName").has("defaultValue")).as("what the account does not know is asked").isFalse();
    assertThat(startFormAs("jan", LearningProcess.REQUEST).path("components").toString())
        .as("each sees their own").contains("Jan de Vries").doesNotContain("Fatima");
  }

  @Test
  void fatimaSendingJansNameEmailAndClusterStillStartsHerOwnRequestInHerOwnCluster() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Jan de Vries", "jan@example.org", "ruimte-economie", "maatwerk"));

    Map<String, Object> stored = runtimeService.getVariables(request.getId());
    assertThat(stored).containsEntry("requesterName", "Fatima El Amrani").containsEntry("email", "fatima@example.org")
        .containsEntry("cluster", "sociaal");
    Task review = task(request, "Task_ReviewRequest");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(link -> link.getGroupId())
        .as("the account manager of her own cluster reviews it").contains("account-managers-sociaal")
        .doesNotContain("account-managers-ruimte-economie");
  }

  @Test
  void aLeaderWhoseAccountHasNoClusterIsToldSoAtTheClusterField() {
    if (identityService.createUserQuery().userId("zondercluster").count() == 0) {
      User user = identityService.newUser("zondercluster");
      user.setFirstName("Zonder");
      user.setLastName("Cluster");
      user.setEmail("zondercluster@example.org");
      identityService.saveUser(user);
      identityService.createMembership("zondercluster", Groups.LEADERS);
    }
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST).count();
    Map<String, Object> values = new HashMap<>(CaseForms.learningRequest("Zonder Cluster", "x@example.org", "sociaal",
        "maatwerk"));

    assertThatThrownBy(() -> startAs("zondercluster", LearningProcess.REQUEST, values))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Cluster' staat niet in je account; vraag Bureau Inclusie en Diversiteit");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST).count())
        .as("nothing started").isEqualTo(before);
  }
}
