package nl.amsterdam.inclusion.notification;

import java.time.ZonedDateTime;

/**
 * One meeting as it goes to one attendee's calendar: an invitation (or its update, same UID with a
 * higher sequence) or a cancellation. Times are Amsterdam times; texts are Dutch and unescaped.
 */
public record CalendarInvitation(Method method, String uid, int sequence, ZonedDateTime start, ZonedDateTime end,
    String summary, String location, String description, String organizer, String attendee, String attendeeName) {

  /** The iTIP methods this application sends (RFC 5546). */
  public enum Method {
    REQUEST, CANCEL
  }
}
