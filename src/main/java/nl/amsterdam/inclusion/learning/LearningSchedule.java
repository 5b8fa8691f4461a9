package nl.amsterdam.inclusion.learning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.stereotype.Component;

/** Timer dates of a learning intervention, for {@code timeDate} expressions. */
@Component("learningSchedule")
public class LearningSchedule {

  private static final LocalTime MORNING = LocalTime.of(9, 0);

  /** 09:00 three days before the intervention (at once when it is sooner). */
  public Date reminderBefore(String interventionDate) {
    return CityTime.at(LocalDate.parse(interventionDate).minusDays(3), MORNING);
  }

  /** The follow-up conversation is due about six weeks after the intervention. */
  public Date followUpAfter(String interventionDate) {
    return CityTime.at(LocalDate.parse(interventionDate).plusWeeks(6), MORNING);
  }
}
