package nl.amsterdam.inclusion.monitoring;

/**
 * One figure of the programme monitoring. A count of people below {@link #MIN_GROUP} is not shown (value null,
 * text "minder dan 3"), so nobody can be recognised in a small group; a count of cases or directorates is shown as is.
 */
public record Figure(String label, Integer value, String text) {

  public static final int MIN_GROUP = 3;
  static final String HIDDEN = "minder dan " + MIN_GROUP;

  public static Figure count(String label, int value) {
    return new Figure(label, value, String.valueOf(value));
  }

  public static Figure percent(String label, int value) {
    return new Figure(label, value, value + "%");
  }

  /** A number of people: 1 and 2 are hidden, 0 says nobody. */
  public static Figure people(String label, int value) {
    return value > 0 && value < MIN_GROUP ? new Figure(label, null, HIDDEN) : count(label, value);
  }
}
