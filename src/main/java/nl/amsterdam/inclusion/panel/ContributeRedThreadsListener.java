package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.RED_THREADS_CONTRIBUTIONS;
import static nl.amsterdam.inclusion.panel.PanelProcess.RED_THREADS_OBSERVATION;

/**
 * A panel member's observations on the round's red threads: on completion they are added, under the name of the
 * signed-in member, to the contributions the moderator's red-threads form shows.
 */
@Component("contributeRedThreadsTask")
public class ContributeRedThreadsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String name = Actors.nameOf(task.getProcessEngineServices().getIdentityService(), Actors.actorOf(task));
    Object observation = task.getVariable(RED_THREADS_OBSERVATION);
    Object earlier = task.getExecution().getProcessInstance().getVariable(RED_THREADS_CONTRIBUTIONS);
    task.getExecution().getProcessInstance().setVariable(RED_THREADS_CONTRIBUTIONS,
        RedThreadsContributions.add(earlier == null ? null : earlier.toString(), name, String.valueOf(observation)));
  }
}
