package nl.amsterdam.inclusion.panel;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * The round closes: its red threads, advice and discussion, and its programme actions (carried over from the
 * previous round first, then the newly agreed ones) are kept for the next round (PanelRoundRecords).
 */
@Component("storePanelRoundOutcome")
public class StoreRoundOutcomeDelegate implements JavaDelegate {

  private final PanelRoundRecords records;

  public StoreRoundOutcomeDelegate(PanelRoundRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = ((Number) execution.getVariable(ROUND_NUMBER)).intValue();
    List<RoundActions.Action> actions = new ArrayList<>(records.carriedOver(round));
    actions.addAll(RoundActions.fromForm(execution.getVariables()));
    records.save(new PanelRoundRecords.Round(round, (String) execution.getVariable(RED_THREADS_ANALYSIS),
            (String) execution.getVariable(ROUND_ADVICE),
            RoundActions.date(execution.getVariable(DISCUSSION_DATE)).orElseThrow().toString(),
            String.join("\n", RoundActions.themes(execution.getVariable(DISCUSSED_THEMES))),
            (String) execution.getVariable(DISCUSSION_CONCLUSIONS)),
        execution.getProcessInstanceId(), actions);
  }
}
