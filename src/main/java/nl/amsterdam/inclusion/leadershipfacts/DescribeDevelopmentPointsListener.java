package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/**
 * Keeps the chosen development points as text, for the coach's consults and the final report (the
 * choice arrives as a list from the Java API and as JSON from Tasklist).
 */
@Component("describeDevelopmentPoints")
public class DescribeDevelopmentPointsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(DEVELOPMENT_POINTS_SUMMARY, DevelopmentPoints.summary(
        FormValues.strings(execution.getVariable(DEVELOPMENT_POINTS)), (String) execution.getVariable(DEVELOPMENT_GOAL)));
  }
}
