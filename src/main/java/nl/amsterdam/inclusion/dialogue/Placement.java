package nl.amsterdam.inclusion.dialogue;

import java.util.List;

/**
 * Who gets a place at the alderman's table: the first {@code max} sign-ups in order of signing up,
 * the rest on the waiting list in that order. No engine involved.
 */
public final class Placement {

  public record Result(List<String> placed, List<String> waiting) {
  }

  private Placement() {
  }

  /** @param signUpsInOrder sign-up case ids, earliest first */
  public static Result assign(List<String> signUpsInOrder, int max) {
    int places = Math.min(max, signUpsInOrder.size());
    return new Result(List.copyOf(signUpsInOrder.subList(0, places)),
        List.copyOf(signUpsInOrder.subList(places, signUpsInOrder.size())));
  }
}
