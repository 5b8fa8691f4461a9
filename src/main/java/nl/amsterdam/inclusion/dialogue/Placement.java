package nl.amsterdam.inclusion.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who gets a place at the alderman's table: the seed wants "een mix van formeel en informeel leidinggevenden", so each
 * free place goes to the earliest sign-up of the role least represented at the table so far; the rest wait in order
 * of signing up. A place once given is kept (a cancellation only fills the freed place). No engine involved.
 */
public final class Placement {

  /** One sign-up: its case id, its role at the table ({@link DialogueProcess#FORMAL} ...), whether it has a place. */
  public record SignUp(String id, String role, boolean placed) {
  }

  /** Case ids with a place and on the waiting list, each in order of signing up. */
  public record Result(List<String> placed, List<String> waiting) {
  }

  private Placement() {
  }

  /** @param signUpsInOrder the running sign-ups, earliest first */
  public static Result assign(List<SignUp> signUpsInOrder, int max) {
    List<SignUp> table = new ArrayList<>(signUpsInOrder.stream().filter(SignUp::placed).toList());
    List<SignUp> candidates = new ArrayList<>(signUpsInOrder.stream().filter(signUp -> !signUp.placed()).toList());
    while (table.size() < max && !candidates.isEmpty()) {
      // a sign-up sent without a role (the form's default is formal) counts as a role of its own
      Map<String, Long> seated = table.stream().collect(Collectors.groupingBy(Placement::roleOf, Collectors.counting()));
      SignUp next = candidates.get(0);
      for (SignUp candidate : candidates) {
        if (seated.getOrDefault(roleOf(candidate), 0L) < seated.getOrDefault(roleOf(next), 0L)) {
          next = candidate;
        }
      }
      table.add(next);
      candidates.remove(next);
    }
    List<String> placed = signUpsInOrder.stream().filter(table::contains).map(SignUp::id).toList();
    return new Result(placed, candidates.stream().map(SignUp::id).toList());
  }

  private static String roleOf(SignUp signUp) {
    return String.valueOf(signUp.role());
  }
}
