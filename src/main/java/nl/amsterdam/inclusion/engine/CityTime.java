package nl.amsterdam.inclusion.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** Amsterdam time for the models' due dates: a day and a time of day become a timer date. */
public final class CityTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private CityTime() {
  }

  public static Date at(LocalDate date, LocalTime time) {
    return Date.from(date.atTime(time).atZone(ZONE).toInstant());
  }
}
