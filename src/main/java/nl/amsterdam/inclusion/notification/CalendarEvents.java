package nl.amsterdam.inclusion.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import nl.amsterdam.inclusion.engine.CityTime;

/**
 * Writes a {@link CalendarInvitation} as an iCalendar object (RFC 5545) with the iTIP method of
 * RFC 5546: one VEVENT, its Europe/Amsterdam VTIMEZONE, the programme as organizer and the recipient
 * as the one attendee.
 */
public final class CalendarEvents {

  static final String PRODUCT_ID = "-//Gemeente Amsterdam//Inclusie en Diversiteit//NL";

  private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

  private CalendarEvents() {
  }

  /** The iCalendar text (CRLF line endings, folded), stamped now. */
  public static String toIcs(CalendarInvitation invitation, Instant stamp) {
    VEvent event = new VEvent(inCity(invitation.start()), inCity(invitation.end()), invitation.summary());
    event.add(new Uid(invitation.uid()));
    event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
    event.add(new Sequence(invitation.sequence()));
    event.add(new Organizer("mailto:" + invitation.organizer()).add(new Cn("Bureau Inclusie en Diversiteit")));
    Attendee attendee = new Attendee("mailto:" + invitation.attendee());
    attendee.add(Role.REQ_PARTICIPANT);
    attendee.add(new Cn(invitation.attendeeName()));
    if (invitation.method() == CalendarInvitation.Method.REQUEST) {
      attendee.add(PartStat.NEEDS_ACTION);
      attendee.add(Rsvp.FALSE);
    }
    event.add(attendee);
    if (invitation.location() != null && !invitation.location().isBlank()) {
      event.add(new Location(invitation.location()));
    }
    if (invitation.description() != null && !invitation.description().isBlank()) {
      event.add(new Description(invitation.description()));
    }
    event.add(invitation.method() == CalendarInvitation.Method.CANCEL
        ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

    Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
        .withProperty(invitation.method() == CalendarInvitation.Method.CANCEL
            ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
        .withComponent(amsterdam())
        .withComponent(event)
        .getFluentTarget();
    StringWriter out = new StringWriter();
    try {
      // not validating: ical4j's iTIP rules log a spurious VALARM error for events without alarms
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the calendar invitation " + invitation.uid(), e);
    }
    return out.toString();
  }

  private static ZonedDateTime inCity(ZonedDateTime time) {
    return time.withZoneSameInstant(CityTime.ZONE);
  }

  private static VTimeZone amsterdam() {
    return ZONES.getTimeZone(CityTime.ZONE.getId()).getVTimeZone();
  }
}
