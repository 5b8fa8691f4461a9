package nl.amsterdam.inclusion.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import nl.amsterdam.inclusion.engine.CityTime;

/** A calendar year in Amsterdam time, from its first moment (inclusive) to the next year's (exclusive). */
public record Period(int year, Instant from, Instant until) {

  public static Period year(int year) {
    return new Period(year, LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant());
  }

  public boolean contains(Instant moment) {
    return moment != null && !moment.isBefore(from) && moment.isBefore(until);
  }

  /** Whether it happened by the end of this year (this year or earlier). */
  public boolean byEnd(Instant moment) {
    return moment != null && moment.isBefore(until);
  }
}
