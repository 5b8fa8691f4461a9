package nl.amsterdam.inclusion.pilot;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import nl.amsterdam.inclusion.engine.AsProcess;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * One running participation per leader (signed up, on the waiting list or accepted): a second sign-up is refused on
 * the sign-up form, naming the running one. The leader is the one signed in, never a submitted value.
 */
@Component
public class OneParticipationRule implements SubmissionRule {

  static final String FORM = "pilot-sign-up";

  private final HistoryService historyService;

  public OneParticipationRule(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public String formId() {
    return FORM;
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (starter == null) {
      return List.of();
    }
    return AsProcess.run(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PARTICIPANT)
        .startedBy(starter).unfinished().orderByProcessInstanceStartTime().asc().list()).stream()
        .findFirst().map(running -> List.of(new FieldError(PARTICIPANT_NAME, "Naam",
            "heeft al een lopende aanmelding voor de pilot: " + describe(running)
                + ". Afmelden kan met 'Afmelden voor de pilot'.")))
        .orElse(List.of());
  }

  private String describe(HistoricProcessInstance running) {
    SimpleDateFormat day = new SimpleDateFormat("d-M-yyyy");
    day.setTimeZone(TimeZone.getTimeZone(CityTime.ZONE));
    Object cohortName = AsProcess.run(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(running.getId()).variableName(COHORT_NAME).list().stream()
        .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst().orElse(null));
    return "aangemeld op " + day.format(running.getStartTime())
        + (cohortName == null ? ", op de wachtlijst" : ", cohort " + cohortName);
  }
}
