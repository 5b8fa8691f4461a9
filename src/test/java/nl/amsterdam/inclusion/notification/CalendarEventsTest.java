package nl.amsterdam.inclusion.notification;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.amsterdam.inclusion.engine.CityTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The VEVENT builder, read back with ical4j's own parser. */
class CalendarEventsTest {

  private static final ZonedDateTime START = LocalDateTime.of(2026, 12, 9, 14, 0).atZone(CityTime.ZONE);

  private static CalendarInvitation invitation(CalendarInvitation.Method method, int sequence) {
    return new CalendarInvitation(method, "case-1.groepsbijeenkomst-1@amsterdam.nl", sequence, START,
        START.plusHours(3), "Groepsbijeenkomst Cohort 2026-1 (groep 1)", "Kantoor DoDiversity, Weesperstraat 113",
        "Je licht je eigen case toe; de anderen geven feedback, tips en adviezen.", "inclusie@amsterdam.nl",
        "fatima@example.org", "Fatima El Amrani");
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void anInvitationIsARequestInAmsterdamTimeWithOrganizerAndTheRecipientAsAttendee() throws Exception {
    String ics = CalendarEvents.toIcs(invitation(CalendarInvitation.Method.REQUEST, 0), Instant.parse("2026-11-29T09:00:00Z"));

    assertThat(ics).contains("\r\n").contains("DTSTART;TZID=Europe/Amsterdam:20261209T140000");
    Calendar calendar = parse(ics);
    assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
    assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).hasValue(CalendarEvents.PRODUCT_ID);
    assertThat(calendar.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
    VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
    assertThat(value(event, Property.UID)).isEqualTo("case-1.groepsbijeenkomst-1@amsterdam.nl");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(event, Property.SUMMARY)).isEqualTo("Groepsbijeenkomst Cohort 2026-1 (groep 1)");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Kantoor DoDiversity, Weesperstraat 113");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:inclusie@amsterdam.nl");
    assertThat(value(event, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:fatima@example.org");
    assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter("CN").orElseThrow().getValue())
        .isEqualTo("Fatima El Amrani");
    assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/Amsterdam");
    Temporal start = event.getStartDate().orElseThrow().getDate();
    assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(START.toInstant());
    assertThat(ZonedDateTime.from(start).toLocalDateTime()).isEqualTo(START.toLocalDateTime());
    assertThat(ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()).toInstant())
        .isEqualTo(START.plusHours(3).toInstant());
  }

  @Test
  void aCancellationKeepsTheUidAndMarksTheEventCancelled() throws Exception {
    Calendar calendar = parse(CalendarEvents.toIcs(invitation(CalendarInvitation.Method.CANCEL, 2), Instant.now()));

    assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("CANCEL");
    VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
    assertThat(value(event, Property.UID)).isEqualTo("case-1.groepsbijeenkomst-1@amsterdam.nl");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void textWithCommasSemicolonsAndNewlinesSurvivesTheRoundTrip() throws Exception {
    CalendarInvitation odd = new CalendarInvitation(CalendarInvitation.Method.REQUEST, "u@amsterdam.nl", 1, START,
        START.plusHours(1), "Gesprek; 'verfijnen', met Jan", "Teams, link volgt", "Regel een\nRegel twee",
        "inclusie@amsterdam.nl", "jan@example.org", "Jan de Vries");
    VEvent event = parse(CalendarEvents.toIcs(odd, Instant.now())).<VEvent>getComponents(VEvent.VEVENT).get(0);

    assertThat(value(event, Property.SUMMARY)).isEqualTo("Gesprek; 'verfijnen', met Jan");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Teams, link volgt");
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Regel een\nRegel twee");
  }
}
