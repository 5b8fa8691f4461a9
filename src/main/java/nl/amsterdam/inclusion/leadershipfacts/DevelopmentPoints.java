package nl.amsterdam.inclusion.leadershipfacts;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The development points a leader chose (step 1 of the seed's trajectory) as the coach and the final report read them. */
public final class DevelopmentPoints {

  private DevelopmentPoints() {
  }

  /** One line per chosen behaviour (in the behaviours' order), then the goal when the leader wrote one. */
  public static String summary(Collection<String> chosenIds, String goal) {
    Set<String> chosen = Set.copyOf(chosenIds);
    String points = Behaviour.all().stream().filter(b -> chosen.contains(b.id()))
        .map(b -> "- " + b.label()).collect(Collectors.joining("\n"));
    return Optional.ofNullable(goal).filter(g -> !g.isBlank())
        .map(g -> points + "\nDoel: " + g.strip()).orElse(points);
  }
}
