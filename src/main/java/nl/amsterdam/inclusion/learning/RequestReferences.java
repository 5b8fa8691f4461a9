package nl.amsterdam.inclusion.learning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Short references for learning requests ("LV-2026-0042"), quoted in mails and in the withdrawal form. */
@Component
public class RequestReferences {

  private final JdbcTemplate jdbc;

  public RequestReferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next reference; the row update serialises concurrent callers. */
  public String next(int year) {
    jdbc.update("UPDATE app_reference_counter SET counter_value = counter_value + 1 WHERE name = 'learning-request'");
    Long value = jdbc.queryForObject("SELECT counter_value FROM app_reference_counter WHERE name = 'learning-request'", Long.class);
    return String.format("LV-%d-%04d", year, value);
  }
}
