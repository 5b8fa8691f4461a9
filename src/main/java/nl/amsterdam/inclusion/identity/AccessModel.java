package nl.amsterdam.inclusion.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.amsterdam.inclusion.identity.Groups.*;

/**
 * Least-privilege access per role, in one place: which processes a role may start from Tasklist and
 * which processes it may follow in Cockpit. Tasks themselves are visible only through the engine's
 * own task authorizations (assignee, candidate group), so no role gets a blanket task grant.
 */
public final class AccessModel {

  public static final String PILOT_COHORT = "pilot-cohort";
  public static final String PILOT_PARTICIPANT = "pilot-participant";
  public static final String PILOT_WITHDRAWAL = "pilot-withdrawal";
  public static final String PILOT_COACHING_CONVERSATIONS = "pilot-coaching-conversations";
  public static final String GROWTH_PANEL_ROUND = "growth-panel-round";
  public static final String GROWTH_PANEL_CONVERSATION = "growth-panel-conversation";
  public static final String GROWTH_PANEL_FOLLOW_UP = "growth-panel-follow-up";
  public static final String LEARNING_REQUEST = "learning-intervention-request";
  /** The custom work of a learning request, called from it: behind every grant of the request. */
  public static final String LEARNING_CUSTOM_WORK = "learning-custom-work";
  public static final String LEARNING_REQUEST_WITHDRAWAL = "learning-request-withdrawal";
  public static final String LEADERSHIPFACTS = "leadershipfacts-trajectory";
  public static final String LEADERSHIPFACTS_MEASUREMENT = "leadershipfacts-measurement";
  public static final String LEADERSHIPFACTS_WITHDRAWAL = "leadershipfacts-withdrawal";
  public static final String ALDERMAN_DIALOGUE_MONTHLY = "alderman-dialogue-monthly";
  public static final String ALDERMAN_DIALOGUE = "alderman-dialogue";
  public static final String ALDERMAN_DIALOGUE_SIGN_UP = "alderman-dialogue-sign-up";
  public static final String TASK_DEADLINE_WATCH = "task-deadline-watch";
  public static final String CASE_CANCELLATION = "case-cancellation";
  public static final String DECISION_CORRECTION = "decision-correction";

  /** Every process of the application. */
  public static final List<String> PROCESSES = List.of(PILOT_COHORT, PILOT_PARTICIPANT, PILOT_WITHDRAWAL,
      PILOT_COACHING_CONVERSATIONS,
      GROWTH_PANEL_ROUND, GROWTH_PANEL_CONVERSATION, GROWTH_PANEL_FOLLOW_UP, LEARNING_REQUEST, LEARNING_CUSTOM_WORK,
      LEARNING_REQUEST_WITHDRAWAL, LEADERSHIPFACTS, LEADERSHIPFACTS_MEASUREMENT, LEADERSHIPFACTS_WITHDRAWAL,
      ALDERMAN_DIALOGUE_MONTHLY, ALDERMAN_DIALOGUE, ALDERMAN_DIALOGUE_SIGN_UP, TASK_DEADLINE_WATCH, CASE_CANCELLATION,
      DECISION_CORRECTION);

  /** Process keys each role may start ("Start process" in Tasklist). */
  public static final Map<String, List<String>> STARTABLE = Map.of(
      LEADERS, List.of(PILOT_PARTICIPANT, PILOT_WITHDRAWAL, LEARNING_REQUEST, LEARNING_REQUEST_WITHDRAWAL,
          LEADERSHIPFACTS, LEADERSHIPFACTS_WITHDRAWAL, ALDERMAN_DIALOGUE_SIGN_UP),
      ID_BUREAU, List.of(PILOT_COHORT, GROWTH_PANEL_ROUND, ALDERMAN_DIALOGUE, LEADERSHIPFACTS, CASE_CANCELLATION,
          DECISION_CORRECTION),
      // an employee's learning request goes to their leader first (seed 001 §1.5: leaders are always involved)
      EMPLOYEES, List.of(LEARNING_REQUEST, LEARNING_REQUEST_WITHDRAWAL, ALDERMAN_DIALOGUE_SIGN_UP));

  /**
   * A growth-panel conversation and the reflection and follow-up it calls: confidential to the directorate and the
   * panel, so they share their readers and their owner.
   */
  public static final List<String> CONFIDENTIAL = List.of(GROWTH_PANEL_CONVERSATION, GROWTH_PANEL_FOLLOW_UP);

  /**
   * Process keys whose instances, tasks and history a role may read (Cockpit, Tasklist). Growth-panel conversations
   * are confidential to the directorate and the panel, so Bureau I&D follows only the rounds; the panel and its
   * moderator read every conversation, a directorate's leads only their own (through their tasks).
   */
  public static final Map<String, List<String>> MONITORED = Map.of(
      ID_BUREAU, List.of(PILOT_COHORT, PILOT_PARTICIPANT, PILOT_WITHDRAWAL, GROWTH_PANEL_ROUND, LEARNING_REQUEST,
          PILOT_COACHING_CONVERSATIONS,
          LEARNING_CUSTOM_WORK, LEARNING_REQUEST_WITHDRAWAL, ALDERMAN_DIALOGUE, ALDERMAN_DIALOGUE_SIGN_UP,
          ALDERMAN_DIALOGUE_MONTHLY, CASE_CANCELLATION, DECISION_CORRECTION, TASK_DEADLINE_WATCH),
      PANEL_MEMBERS, List.of(GROWTH_PANEL_ROUND, GROWTH_PANEL_CONVERSATION, GROWTH_PANEL_FOLLOW_UP),
      PANEL_MODERATOR, List.of(GROWTH_PANEL_ROUND, GROWTH_PANEL_CONVERSATION, GROWTH_PANEL_FOLLOW_UP));

  /**
   * The role that owns each process: it is told when a step runs late (after the deadline watch's reminders) and
   * may act on its cases (reassign a step, cancel a case, retry a failed step). Growth-panel conversations are
   * confidential, so the panel's moderator owns them; Bureau I&D owns the rounds.
   */
  public static final Map<String, String> OWNER = PROCESSES.stream()
      .collect(Collectors.toUnmodifiableMap(process -> process,
          process -> CONFIDENTIAL.contains(process) ? PANEL_MODERATOR : ID_BUREAU));

  /** Bureau I&D's monitoring of the whole programme: the dashboard's monitoring page and the yearly progress report. */
  public static final String PROGRAMME_MONITORING = "programme-monitoring";

  /**
   * The register of the alderman's dialogues' main points (unattributed) for the next bestuursopdracht: Bureau I&D
   * writes the bestuursopdracht's renewal, the alderman's office prepares the alderman's part.
   */
  public static final String DIALOGUE_MAIN_POINTS = "dialogue-main-points";

  /**
   * The organisation-wide Leadershipfacts report: aggregates per directorate of at least three leaders, for the
   * programme's owner (seed 000: "samenvattend rapport voor HR, directie of D&I-beleid"); leaders and coaches never.
   */
  public static final String LEADERSHIPFACTS_ORGANISATION = "leadershipfacts-organisation";

  /**
   * The application's own reports and who may read each. Aggregates over every directorate and process are the
   * programme's owner's; everyone else is refused (403) before anything is computed.
   */
  public static final Map<String, List<String>> REPORT_READERS = Map.of(
      PROGRAMME_MONITORING, List.of(ID_BUREAU, CAMUNDA_ADMIN),
      LEADERSHIPFACTS_ORGANISATION, List.of(ID_BUREAU, CAMUNDA_ADMIN),
      DIALOGUE_MAIN_POINTS, List.of(ID_BUREAU, ALDERMAN_OFFICE, CAMUNDA_ADMIN));

  /**
   * Processes a role follows in its own cluster between its steps, read-only ("Aanvragen van mijn cluster" on Mijn
   * aanvragen): the account manager has no Cockpit, yet must see where her cluster's learning requests stand.
   */
  public static final Map<String, List<String>> FOLLOWED_IN_CLUSTER = Map.of(
      ACCOUNT_MANAGERS, List.of(LEARNING_REQUEST));

  /** Webapps per role; everybody works in Tasklist, process owners also in Cockpit. */
  public static final Map<String, List<String>> APPLICATIONS = Map.of(
      ID_BUREAU, List.of("tasklist", "cockpit"));

  public static final List<String> DEFAULT_APPLICATIONS = List.of("tasklist");

  private AccessModel() {
  }

  /** The processes whose cases a role acts on as their owner: owned by it and followed by it. */
  public static List<String> actsOn(String role) {
    return MONITORED.getOrDefault(role, List.of()).stream().filter(process -> ownerOf(process).equals(role)).toList();
  }

  /** Whether someone in these groups owns the process (or administers everything). */
  public static boolean ownedBy(List<String> groups, String processKey) {
    return groups.contains(CAMUNDA_ADMIN) || groups.contains(ownerOf(processKey));
  }

  /** Whether someone in these groups may read the report. */
  public static boolean mayRead(List<String> groups, String report) {
    return REPORT_READERS.getOrDefault(report, List.of()).stream().anyMatch(groups::contains);
  }

  /** The clusters whose cases of the process someone in these groups follows (through a role's cluster group). */
  public static List<Cluster> clustersFollowed(List<String> groups, String processKey) {
    return Arrays.stream(Cluster.values())
        .filter(cluster -> FOLLOWED_IN_CLUSTER.entrySet().stream().anyMatch(role -> role.getValue().contains(processKey)
            && groups.contains(roleInCluster(role.getKey(), cluster))))
        .toList();
  }

  public static String ownerOf(String processKey) {
    return OWNER.getOrDefault(processKey, ID_BUREAU);
  }

  public static List<String> applicationsOf(String role) {
    return APPLICATIONS.getOrDefault(role, DEFAULT_APPLICATIONS);
  }
}
