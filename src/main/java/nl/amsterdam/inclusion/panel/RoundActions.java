package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.DutchDates;
import nl.amsterdam.inclusion.form.FieldError;

/**
 * The programme actions of a growth-panel round (seed 002, "Bespreking panel en GMT leden"): what is agreed, who
 * does it and by when, and how the next round follows each up. Pure functions over form values and stored rows.
 */
public final class RoundActions {

  /** At most this many new actions per discussion (the form's slots); the panel's own advice: choose a top 3. */
  public static final int MAX_NEW = 5;
  /** New and carried-over actions of one round together: more cannot be followed up seriously. */
  public static final int MAX_TOTAL = 8;

  public static final String DONE = "done";
  public static final String NOT_DONE = "not-done";
  public static final String CARRIED_OVER = "carried-over";

  /** One agreed action. {@code carriedFrom} is the id of the previous round's action it continues, or null. */
  public record Action(String what, String who, LocalDate due, String carriedFrom) {
  }

  /** A stored action with how it was followed up (status null while not yet). */
  public record Stored(String id, int round, int position, String what, String who, String due, String carriedFrom,
      String status, String note, String newDue, String followedUpBy) {
  }

  private RoundActions() {
  }

  /** Id of an action: round and position, e.g. "3-2" for the second action of round 3. */
  public static String id(int round, int position) {
    return round + "-" + position;
  }

  static String what(int slot) {
    return "action" + slot + "What";
  }

  static String who(int slot) {
    return "action" + slot + "Who";
  }

  static String due(int slot) {
    return "action" + slot + "Due";
  }

  /** How many new actions the form says were agreed (0 when missing). */
  public static int count(Object actionCount) {
    return actionCount instanceof Number n ? n.intValue() : 0;
  }

  /** The new actions from the discussion form's slots 1..actionCount. */
  public static List<Action> fromForm(Map<String, ?> values) {
    int count = Math.min(count(values.get(PanelProcess.ACTION_COUNT)), MAX_NEW);
    List<Action> actions = new ArrayList<>();
    for (int slot = 1; slot <= count; slot++) {
      actions.add(new Action(text(values.get(what(slot))), text(values.get(who(slot))),
          date(values.get(due(slot))).orElse(null), null));
    }
    return actions;
  }

  /**
   * What the discussion form cannot check itself: no action due before the discussion it was agreed in, and with the
   * actions carried over from the previous round no more than {@link #MAX_TOTAL}.
   */
  public static List<FieldError> check(Map<String, ?> merged, int carriedOver) {
    List<FieldError> errors = new ArrayList<>();
    int count = count(merged.get(PanelProcess.ACTION_COUNT));
    if (count + carriedOver > MAX_TOTAL) {
      errors.add(new FieldError(PanelProcess.ACTION_COUNT, "Aantal nieuwe acties", "mag met de " + carriedOver
          + " meegenomen acties van de vorige ronde samen niet meer dan " + MAX_TOTAL + " zijn: kies de belangrijkste"));
    }
    Optional<LocalDate> discussed = date(merged.get(PanelProcess.DISCUSSION_DATE));
    for (int slot = 1; slot <= Math.min(count, MAX_NEW) && discussed.isPresent(); slot++) {
      Optional<LocalDate> due = date(merged.get(due(slot)));
      if (due.isPresent() && due.get().isBefore(discussed.get())) {
        errors.add(new FieldError(due(slot), "Actie " + slot + ": gereed op",
            "mag niet voor de datum van de bespreking liggen"));
      }
    }
    return errors;
  }

  /** The previous round's actions carried over into this one: same what and who, by the new date. */
  public static List<Action> carriedOver(List<Stored> previous) {
    return previous.stream().filter(action -> CARRIED_OVER.equals(action.status()))
        .map(action -> new Action(action.what(), action.who(), date(action.newDue()).orElse(null), action.id()))
        .toList();
  }

  /** One line per action: "1. what — who, gereed op dd-mm-jjjj". */
  public static String describe(Stored action) {
    return action.position() + ". " + action.what() + " — " + action.who() + ", gereed op "
        + format(LocalDate.parse(action.due()))
        + (action.carriedFrom() == null ? "" : " (meegenomen uit ronde " + roundOf(action.carriedFrom()) + ")");
  }

  /** The Dutch line of how an action was followed up. */
  public static String followUp(Stored action) {
    String line = describe(action) + "\n   ";
    if (action.status() == null) {
      return line + "Nog niet opgevolgd.";
    }
    return line + switch (action.status()) {
      case DONE -> "Uitgevoerd" + note(action.note());
      case NOT_DONE -> "Niet uitgevoerd" + note(action.note());
      case CARRIED_OVER -> "Meegenomen naar deze ronde, nu gereed op " + format(LocalDate.parse(action.newDue()))
          + note(action.note());
      default -> action.status();
    } + (action.followedUpBy() == null ? "" : " (" + action.followedUpBy() + ")");
  }

  /** The follow-up of all of a round's actions, for the moderator and the GMT discussion. */
  public static String followUpSummary(int previousRound, List<Stored> actions) {
    if (actions.isEmpty()) {
      return "In ronde " + previousRound + " zijn geen acties afgesproken.";
    }
    StringBuilder text = new StringBuilder("Acties uit ronde ").append(previousRound).append(":\n");
    actions.forEach(action -> text.append(followUp(action)).append('\n'));
    return text.toString().strip();
  }

  /** The carried-over actions as the discussion form shows them (they stay actions of this round). */
  public static String carriedOverSummary(List<Stored> previous) {
    List<Action> carried = carriedOver(previous);
    if (carried.isEmpty()) {
      return "Geen: er zijn geen acties van de vorige ronde meegenomen.";
    }
    StringBuilder text = new StringBuilder();
    for (Action action : carried) {
      text.append("- ").append(action.what()).append(" — ").append(action.who()).append(", gereed op ")
          .append(format(action.due())).append('\n');
    }
    return text.toString().strip();
  }

  /** The discussed themes, one per line of the form's text, without empty lines or list marks. */
  public static List<String> themes(Object text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toString().split("\\R")).map(line -> line.replaceFirst("^\\s*([-*•]|\\d+[.)])\\s*", ""))
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  static String format(LocalDate date) {
    return date == null ? "?" : DUTCH.format(date);
  }

  private static int roundOf(String actionId) {
    return Integer.parseInt(actionId.substring(0, actionId.indexOf('-')));
  }

  private static String note(String note) {
    return note == null || note.isBlank() ? "" : ": " + note.strip();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  static Optional<LocalDate> date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    String text = value.toString();
    try {
      return Optional.of(DutchDates.parse(text).orElseGet(() -> LocalDate.parse(text.substring(0, Math.min(10, text.length())))));
    } catch (RuntimeException notADate) {
      return Optional.empty();
    }
  }
}
