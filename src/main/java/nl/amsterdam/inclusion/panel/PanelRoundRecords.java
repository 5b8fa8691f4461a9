package nl.amsterdam.inclusion.panel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each round hands to the next (tables app_panel_round and app_panel_action): its red threads and advice, the
 * discussion with the GMT and the programme actions agreed there, and how the next round followed each action up.
 * The "previous round" of round N is round N - 1, as for the theme counts. Also the expressions the round's model
 * reads them with.
 */
@Component("panelRoundRecords")
public class PanelRoundRecords {

  public record Round(int number, String redThreads, String advice, String discussionDate, String discussedThemes,
      String conclusions) {
  }

  private final JdbcTemplate jdbc;

  public PanelRoundRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a closed round and its actions (new and carried over), replacing an earlier record of the same number. */
  public void save(Round round, String processInstanceId, List<RoundActions.Action> actions) {
    jdbc.update("DELETE FROM app_panel_action WHERE round_number = ?", round.number());
    jdbc.update("DELETE FROM app_panel_round WHERE round_number = ?", round.number());
    jdbc.update("INSERT INTO app_panel_round (round_number, process_instance_id, red_threads, advice, discussion_date,"
            + " discussed_themes, conclusions, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        round.number(), processInstanceId, round.redThreads(), round.advice(), round.discussionDate(),
        round.discussedThemes(), round.conclusions(), Timestamp.from(Instant.now()));
    int position = 0;
    for (RoundActions.Action action : actions) {
      position++;
      jdbc.update("INSERT INTO app_panel_action (id, round_number, position, what, who, due_date, carried_from)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          RoundActions.id(round.number(), position), round.number(), position, action.what(), action.who(),
          action.due().toString(), action.carriedFrom());
    }
  }

  public Optional<Round> round(int number) {
    return jdbc.query("SELECT round_number, red_threads, advice, discussion_date, discussed_themes, conclusions"
            + " FROM app_panel_round WHERE round_number = ?",
        (rs, i) -> new Round(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)), number).stream().findFirst();
  }

  public List<RoundActions.Stored> actions(int round) {
    return jdbc.query("SELECT id, round_number, position, what, who, due_date, carried_from, status, status_note,"
            + " new_due_date, followed_up_by FROM app_panel_action WHERE round_number = ? ORDER BY position",
        (rs, i) -> new RoundActions.Stored(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11)), round);
  }

  public Optional<RoundActions.Stored> action(String id) {
    return jdbc.query("SELECT id, round_number, position, what, who, due_date, carried_from, status, status_note,"
            + " new_due_date, followed_up_by FROM app_panel_action WHERE id = ?",
        (rs, i) -> new RoundActions.Stored(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11)), id).stream().findFirst();
  }

  /** Records how an action was followed up (the status, why, the new date of a carried-over one, and by whom). */
  public void recordFollowUp(String id, String status, String note, LocalDate newDue, String by) {
    jdbc.update("UPDATE app_panel_action SET status = ?, status_note = ?, new_due_date = ?, followed_up_by = ?,"
            + " followed_up_at = ? WHERE id = ?",
        status, note, newDue == null ? null : newDue.toString(), by, Timestamp.from(Instant.now()), id);
  }

  // --- expressions of bpmn/growth-panel-round.bpmn ---

  /** The ids of the previous round's actions, one follow-up task each (empty in the first round). */
  public List<String> previousActionIds(Object roundNumber) {
    List<String> ids = new ArrayList<>();
    actions(previous(roundNumber)).forEach(action -> ids.add(action.id()));
    return ids;
  }

  /** The previous round's red threads and advice for the moderator; the first round says there is none. */
  public String previousRedThreads(Object roundNumber) {
    int previous = previous(roundNumber);
    if (previous < 1) {
      return "Dit is de eerste ronde: er is geen vorige ronde om mee te vergelijken.";
    }
    return round(previous).map(round -> "Rode draden ronde " + previous + ":\n" + round.redThreads()
            + "\n\nAdvies ronde " + previous + ":\n" + round.advice())
        .orElse("Van ronde " + previous + " zijn geen rode draden vastgelegd.");
  }

  /** How the previous round's actions were followed up at the start of this round. */
  public String previousActionsFollowUp(Object roundNumber) {
    int previous = previous(roundNumber);
    if (previous < 1) {
      return "Dit is de eerste ronde: er zijn geen acties van een vorige ronde.";
    }
    if (round(previous).isEmpty()) {
      return "Van ronde " + previous + " zijn geen acties vastgelegd.";
    }
    return RoundActions.followUpSummary(previous, actions(previous));
  }

  /** The previous round's actions carried over into this round, as the discussion form shows them. */
  public String carriedOverActions(Object roundNumber) {
    return RoundActions.carriedOverSummary(actions(previous(roundNumber)));
  }

  public List<RoundActions.Action> carriedOver(int roundNumber) {
    return RoundActions.carriedOver(actions(roundNumber - 1));
  }

  /** The action a follow-up task is about, as one Dutch line. */
  public String describe(String actionId) {
    return action(actionId).map(RoundActions::describe).orElseThrow(() ->
        new IllegalStateException("No programme action " + actionId));
  }

  private static int previous(Object roundNumber) {
    return ((Number) roundNumber).intValue() - 1;
  }
}
