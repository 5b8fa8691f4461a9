package nl.amsterdam.inclusion.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * The round's view of its running conversations, and taking one out of the round. The round never reads a
 * conversation's content (Bureau I&D follows the round, not the conversations): only which directorate a running
 * conversation is for and whether its report exists. A withdrawn conversation is told by message; it tells the
 * directorate's leads and the panel itself.
 */
@Component
public class RoundConversations {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public RoundConversations(RuntimeService runtimeService, IdentityService identityService, ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.json = json;
  }

  /**
   * Directorate group to conversation instance id, for the round's conversations still running and not withdrawn
   * (a withdrawn one runs on until it has told the directorate and the panel).
   */
  public Map<String, String> running(String roundId) {
    List<String> withdrawn = FormValues.strings(runtimeService.getVariable(roundId, WITHDRAWN_DIRECTORATES));
    Map<String, String> running = new LinkedHashMap<>();
    for (ProcessInstance conversation : runtimeService.createProcessInstanceQuery().superProcessInstanceId(roundId)
        .orderByProcessInstanceId().asc().list()) {
      String directorateGroup = (String) runtimeService.getVariable(conversation.getId(), DIRECTORATE_GROUP);
      if (!withdrawn.contains(directorateGroup)) {
        running.put(directorateGroup, conversation.getId());
      }
    }
    return running;
  }

  public boolean hasReport(String conversationId) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(conversationId)
        .variableName(REPORT_THEMES).count() > 0;
  }

  public String nameOf(String directorateGroup) {
    Group group = identityService.createGroupQuery().groupId(directorateGroup).singleResult();
    return group == null ? directorateGroup : group.getName();
  }

  /**
   * Stops the conversation with {@code reason} (told to the directorate and the panel) and records on the round that
   * the directorate is missing, with {@code why} for the moderator and Bureau I&D.
   */
  public void withdraw(VariableScope round, String directorateGroup, String conversationId, String reason, String why) {
    runtimeService.createMessageCorrelation(MSG_CONVERSATION_WITHDRAWN).processInstanceId(conversationId)
        .setVariable(WITHDRAWAL_REASON, reason).correlate();
    List<String> withdrawn = new ArrayList<>(FormValues.strings(round.getVariable(WITHDRAWN_DIRECTORATES)));
    withdrawn.add(directorateGroup);
    try {
      round.setVariable(WITHDRAWN_DIRECTORATES, SpinValues.jsonValue(json.writeValueAsString(withdrawn)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Object missing = round.getVariable(MISSING_DIRECTORATES);
    String line = "- " + nameOf(directorateGroup) + ": " + why;
    round.setVariable(MISSING_DIRECTORATES, missing == null ? line : missing + "\n" + line);
  }
}
