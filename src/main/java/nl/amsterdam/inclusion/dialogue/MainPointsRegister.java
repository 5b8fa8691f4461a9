package nl.amsterdam.inclusion.dialogue;

import java.sql.Timestamp;
import java.util.List;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The register of the alderman's dialogues for the next bestuursopdracht: per session its date, theme, main points and
 * the listener's signals, never who took part (the texts are checked for participants' names before they are stored,
 * {@link UnattributedMainPointsRule}). An application table, so it outlives the sessions' 90 days of history.
 */
@Service
public class MainPointsRegister {

  public record Entry(String dialogueDate, String theme, String mainPoints, String listenerSignals) {
  }

  private final JdbcTemplate jdbc;

  public MainPointsRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a session's entry; recording it again (a retried step) replaces it. */
  public void keep(String dialogueId, Entry entry) {
    jdbc.update("DELETE FROM app_dialogue_main_points WHERE dialogue_id = ?", dialogueId);
    jdbc.update("INSERT INTO app_dialogue_main_points (dialogue_id, dialogue_date, theme, main_points, listener_signals,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", dialogueId, entry.dialogueDate(), entry.theme(), entry.mainPoints(),
        entry.listenerSignals(), Timestamp.from(CityTime.instant()));
  }

  /** Every session's entry, the earliest session first. */
  public List<Entry> all() {
    return jdbc.query("SELECT dialogue_date, theme, main_points, listener_signals FROM app_dialogue_main_points"
        + " ORDER BY dialogue_date, recorded_at",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }
}
