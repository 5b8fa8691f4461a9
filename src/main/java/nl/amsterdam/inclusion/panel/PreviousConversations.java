package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * A directorate's earlier panel conversations, from the engine's history (kept 1095 days, the conversations' history
 * time to live, which spans the rounds): found by the directorate group, never by a name a user typed. What is read
 * here goes only into the new conversation of the same directorate, which has the same readers
 * ({@code AccessModel.CONFIDENTIAL}).
 */
@Component
public class PreviousConversations {

  private final HistoryService historyService;

  public PreviousConversations(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** What the panel reads of the directorate's previous round: its round number, report and reflection. */
  public record Previous(int roundNumber, String report, String reflection) {
  }

  public Optional<Previous> of(String directorateGroup, int roundNumber, String currentConversationId) {
    List<PreviousConversation.Candidate> candidates = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CONVERSATION).variableValueEquals(DIRECTORATE_GROUP, directorateGroup).list().stream()
        .filter(conversation -> !conversation.getId().equals(currentConversationId))
        .map(conversation -> new PreviousConversation.Candidate(conversation.getId(),
            round(value(conversation.getId(), ROUND_NUMBER)), text(value(conversation.getId(), REPORT)),
            conversation.getStartTime().toInstant()))
        .toList();
    return PreviousConversation.before(roundNumber, candidates)
        .map(chosen -> new Previous(chosen.roundNumber(), chosen.report(), reflectionOf(chosen.conversationId())));
  }

  /** The reflection the directorate wrote in the follow-up that conversation called (null when it wrote none). */
  private String reflectionOf(String conversationId) {
    return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(conversationId)
        .processDefinitionKey(FOLLOW_UP).list().stream()
        .map(followUp -> text(value(followUp.getId(), REFLECTION)))
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private Object value(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).list().stream()
        .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static int round(Object value) {
    return value instanceof Number number ? number.intValue() : -1;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
