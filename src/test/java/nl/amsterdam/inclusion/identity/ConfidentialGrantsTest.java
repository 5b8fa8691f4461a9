package nl.amsterdam.inclusion.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reflection and follow-up a growth-panel conversation calls are exactly as confidential as the conversation. */
class ConfidentialGrantsTest {

  @Test
  void theFollowUpHasTheConversationsGrantsAndOwnerAndBureauIdNone() {
    Map<String, Set<Permission>> followUp = grantsOn(AccessModel.GROWTH_PANEL_FOLLOW_UP);

    assertThat(followUp).isNotEmpty().isEqualTo(grantsOn(AccessModel.GROWTH_PANEL_CONVERSATION))
        .containsOnlyKeys(Groups.PANEL_MEMBERS, Groups.PANEL_MODERATOR);
    assertThat(AccessModel.ownerOf(AccessModel.GROWTH_PANEL_FOLLOW_UP)).isEqualTo(Groups.PANEL_MODERATOR);
  }

  /** Per group, what it may do with the process's definition, instances, tasks and history. */
  private static Map<String, Set<Permission>> grantsOn(String processKey) {
    Map<String, Set<Permission>> perGroup = new HashMap<>();
    AccessSetup.grants().forEach((grant, permissions) -> {
      if (processKey.equals(grant.resourceId())) {
        perGroup.put(grant.groupId(), permissions);
      }
    });
    return perGroup;
  }
}
