package nl.amsterdam.inclusion.leadershipfacts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six inclusive-leadership behaviours a 360° measurement rates (1 to 5): the one source of their ids
 * and Dutch texts. The analysis, the final report and the development points read them from here; the
 * development-points form offers them through {@link BehaviourOptions} ({@code behaviourOptions}).
 */
public enum Behaviour {
  LISTENING("luisteren", "Luistert naar alle perspectieven"),
  DISCOMFORT("ongemak", "Maakt ongemak bespreekbaar"),
  BIAS("vooroordelen", "Onderzoekt eigen vooroordelen"),
  INTERVENING("ingrijpen", "Grijpt in bij uitsluiting en ongewenst gedrag"),
  DIFFERENCES("verschillen", "Benut verschillen in besluiten"),
  SAFETY("veiligheid", "Bevordert sociale veiligheid in het team");

  private final String id;
  private final String label;

  Behaviour(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The variable of the leader's own score. */
  public String selfVariable() {
    return "self_" + id;
  }

  /** The variable of one rater's score (local to that rater's task). */
  public String ratingVariable() {
    return "rating_" + id;
  }

  /** In the order forms, analysis and reports show them. */
  public static List<Behaviour> all() {
    return List.of(values());
  }

  public static Optional<Behaviour> fromId(String id) {
    return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
  }
}
