package nl.amsterdam.inclusion.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Amsterdam time: the one clock of the application. "Now" is the engine's clock, so a case's timers, due dates and
 * the application's own dates agree (and tests that move the engine's clock move them all).
 */
public final class CityTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** A day as Dutch readers write it: 19 december 2026. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  private CityTime() {
  }

  /** A day and a time of day in Amsterdam as a timer date. */
  public static Date at(LocalDate date, LocalTime time) {
    return Date.from(date.atTime(time).atZone(ZONE).toInstant());
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return now().toInstant();
  }

  /** Today in Amsterdam. */
  public static LocalDate today() {
    return LocalDate.ofInstant(instant(), ZONE);
  }
}
