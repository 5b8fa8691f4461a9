package nl.amsterdam.inclusion.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.LearningProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;

/**
 * A large open backlog in the real processes, spread over the roles like the programme's work:
 * 40 % leaders' case tasks (a few thousand leaders), 20 % sign-up reviews for Bureau I&D, 25 %
 * learning requests for the clusters' account managers, 15 % action plans for the directorates.
 * Each case starts at its user task, so the task, its reminder timer, its authorizations and its
 * history are what the engine writes for a real one.
 */
final class Backlog {

  static final int LEADERS = 3_000;

  private Backlog() {
  }

  static void create(ProcessEngine engine, int tasks, int threads) throws Exception {
    RuntimeService runtime = engine.getRuntimeService();
    List<String> directorates = engine.getIdentityService().createGroupQuery().groupType(Groups.TYPE_DIRECTORATE).list()
        .stream().map(Group::getId).toList();
    AtomicInteger next = new AtomicInteger();
    PerformanceBenchmark.inThreads(threads, thread -> {
      for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
        int kind = i % 20;
        String cluster = PerformanceBenchmark.CLUSTERS.get(i % PerformanceBenchmark.CLUSTERS.size());
        Map<String, Object> variables = new HashMap<>();
        String process;
        String task;
        if (kind < 8) {
          String leader = i % LEADERS == 0 ? "fatima" : "leider" + (i % LEADERS);
          process = "pilot-participant";
          task = "Task_FormulateCase";
          variables.putAll(Map.of("participantId", leader, "participantName", "Leider " + i, "function", "teammanager",
              "directorate", "Directie " + (i % 40), "cluster", cluster, "email", leader + "@example.org", "consent", true));
        } else if (kind < 12) {
          process = "pilot-participant";
          task = "Task_ReviewSignUp";
          variables.putAll(Map.of("participantId", "leider" + (i % LEADERS), "participantName", "Leider " + i,
              "function", "teammanager", "directorate", "Directie " + (i % 40), "cluster", cluster,
              "email", "leider" + i + "@example.org", "consent", true));
        } else if (kind < 17) {
          process = LearningProcess.REQUEST;
          task = LearningProcess.CALL_WORK_OUT_CUSTOM_REQUEST; // its custom work, waiting at the review
          variables.putAll(Map.of("requestReference", String.format("LV-2026-%06d", i), "requesterId", "leider" + (i % LEADERS),
              "requesterName", "Leider " + i, "email", "leider" + i + "@example.org", "teamName", "Team " + i,
              "directorate", "Directie " + (i % 40), "cluster", cluster, "accountManagerGroup",
              Groups.ACCOUNT_MANAGERS + "-" + cluster, "teamSize", 12, "interventionKind", "maatwerk"));
        } else {
          String directorate = directorates.get(i % directorates.size());
          process = "growth-panel-conversation";
          task = "Task_SubmitActionPlan";
          variables.putAll(Map.of("roundNumber", 1 + i % 5, "directorateGroup", directorate,
              "directorate", directorate.substring("directorate-".length()), "secondTime", false));
        }
        runtime.createProcessInstanceByKey(process).startBeforeActivity(task).setVariables(variables).execute();
      }
      return 0;
    });
  }
}
