package nl.amsterdam.inclusion.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar invitations sent per meeting (UID) and attendee. A meeting's SEQUENCE rises once per
 * notification job: the first recipient of a job takes the next number, every other recipient of
 * that job and every retry of it finds the number recorded under the job's key. Records are committed
 * in their own transaction before the mail leaves, so a retried job never takes a second number.
 */
@Repository
public class CalendarLog {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate ownTransaction;

  public CalendarLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The invitation this notification job sends for the meeting, with its sequence number, recorded
   * for the attendee. {@code invitation} builds it for a given sequence.
   */
  public CalendarInvitation issue(String notificationKey, String processInstanceId, String uid, String attendee,
      IntFunction<CalendarInvitation> invitation) {
    return ownTransaction.execute(status -> {
      List<Integer> recorded = jdbc.queryForList(
          "SELECT sequence_number FROM app_calendar_invitation WHERE notification_key = ? AND uid = ?",
          Integer.class, notificationKey, uid);
      int sequence;
      if (!recorded.isEmpty()) {
        sequence = recorded.get(0);
      } else {
        Integer highest = jdbc.queryForObject(
            "SELECT MAX(sequence_number) FROM app_calendar_invitation WHERE uid = ?", Integer.class, uid);
        sequence = highest == null ? 0 : highest + 1;
      }
      CalendarInvitation issued = invitation.apply(sequence);
      Integer mine = jdbc.queryForObject("SELECT COUNT(*) FROM app_calendar_invitation"
          + " WHERE notification_key = ? AND uid = ? AND attendee = ?", Integer.class, notificationKey, uid, attendee);
      if (mine == null || mine == 0) {
        jdbc.update("INSERT INTO app_calendar_invitation (notification_key, uid, attendee, sequence_number, method,"
                + " process_instance_id, starts_at, ends_at, summary, location, description, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            notificationKey, uid, attendee, sequence, issued.method().name(), processInstanceId,
            Timestamp.from(issued.start().toInstant()), Timestamp.from(issued.end().toInstant()), issued.summary(),
            // when the invitation was issued by mail: the wall clock, like the notification log
            issued.location(), issued.description(), Timestamp.from(Instant.now()));
      }
      return issued;
    });
  }

  /**
   * Meetings of the given cases that the attendee was last sent an invitation (not a cancellation)
   * for and that have not started by {@code now}.
   */
  public List<SentMeeting> openInvitations(String attendee, Collection<String> processInstanceIds, Instant now) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<SentMeeting> rows = named.query("SELECT uid, process_instance_id, sequence_number, method, starts_at, ends_at,"
            + " summary, location, description FROM app_calendar_invitation"
            + " WHERE attendee = :attendee AND process_instance_id IN (:cases)",
        new MapSqlParameterSource().addValue("attendee", attendee).addValue("cases", processInstanceIds),
        (rs, row) -> new SentMeeting(rs.getString("uid"), rs.getString("process_instance_id"),
            rs.getInt("sequence_number"), CalendarInvitation.Method.valueOf(rs.getString("method")),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("summary"),
            rs.getString("location"), rs.getString("description")));
    Map<String, SentMeeting> latestPerMeeting = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparingInt(SentMeeting::sequence))
        .forEach(meeting -> latestPerMeeting.put(meeting.uid(), meeting));
    List<SentMeeting> open = new ArrayList<>();
    for (SentMeeting meeting : latestPerMeeting.values()) {
      if (meeting.method() == CalendarInvitation.Method.REQUEST && meeting.start().isAfter(now)) {
        open.add(meeting);
      }
    }
    return open;
  }

  /** A meeting as last sent to one attendee. */
  public record SentMeeting(String uid, String processInstanceId, int sequence, CalendarInvitation.Method method,
      Instant start, Instant end, String summary, String location, String description) {

    CalendarInvitation cancellation(int newSequence, String organizer, Recipient attendee) {
      return new CalendarInvitation(CalendarInvitation.Method.CANCEL, uid, newSequence,
          start.atZone(CityTime.ZONE), end.atZone(CityTime.ZONE), summary, location, description, organizer,
          attendee.email().toLowerCase(), attendee.displayName());
    }
  }
}
