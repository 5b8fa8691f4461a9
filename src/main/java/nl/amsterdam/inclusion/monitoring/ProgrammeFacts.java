package nl.amsterdam.inclusion.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine's history holds about the programme, as plain data: read by {@link MonitoringHistory}, turned into
 * figures by {@link ProgrammeMonitor}. A moment is null when the step was not (yet) reached.
 *
 * @param directorates every directorate of the growth panel: group id to name
 */
public record ProgrammeFacts(Map<String, String> directorates, List<Conversation> conversations,
    List<Training> trainings, List<Person> pilotParticipants, List<Person> trajectoriesStarted,
    List<Person> trajectoriesCompleted, List<Dialogue> dialogues) {

  /** One growth-panel conversation of a directorate in a round. */
  public record Conversation(String directorate, int round, Instant planSubmitted, List<PlanCheck> checks,
      Instant held, Instant followUpHeld) {
  }

  /** Bureau I&D's check of an action plan: whether all basic preconditions were in order. */
  public record PlanCheck(Instant at, boolean inOrder) {
  }

  /** A learning intervention that was arranged (enrolment passed on, facilitator assigned or custom work planned). */
  public record Training(Instant arranged, int participants) {
  }

  /** A person who reached a step of a programme (pilot, Leadershipfacts), at that moment. */
  public record Person(String person, Instant at) {
  }

  /** An alderman's dialogue that took place and the people who had a place in it. */
  public record Dialogue(Instant held, Set<String> placed) {
  }
}
