package nl.amsterdam.inclusion.panel;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The red-threads groundwork for the moderator: how often each theme was tagged in the round's
 * conversations, most frequent first, and the change against the previous round.
 */
public final class ThemeAnalysis {

  private ThemeAnalysis() {
  }

  /** Theme id to number of conversations that tagged it, most frequent first, then by id. */
  public static Map<String, Integer> count(Collection<? extends Collection<String>> themesPerConversation) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Collection<String> themes : themesPerConversation) {
      themes.stream().distinct().forEach(theme -> counts.merge(theme, 1, Integer::sum));
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** A Dutch summary: per theme its count, and against the previous round (if any) the difference. */
  public static String summary(Map<String, Integer> counts, Map<String, Integer> previous, Map<String, String> names,
      int conversations) {
    StringBuilder text = new StringBuilder("Gesprekken in deze ronde: ").append(conversations).append('\n');
    counts.forEach((theme, count) -> {
      text.append("- ").append(names.getOrDefault(theme, theme)).append(": ").append(count);
      if (previous != null) {
        int before = previous.getOrDefault(theme, 0);
        text.append(" (vorige ronde ").append(before).append(before == 0 ? ", nieuw" : "").append(')');
      }
      text.append('\n');
    });
    if (previous != null) {
      List<String> gone = previous.keySet().stream().filter(theme -> !counts.containsKey(theme)).sorted().toList();
      if (!gone.isEmpty()) {
        text.append("Niet meer genoemd: ");
        text.append(String.join(", ", gone.stream().map(theme -> names.getOrDefault(theme, theme)).toList())).append('\n');
      }
    }
    return text.toString().strip();
  }
}
