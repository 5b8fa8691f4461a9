package nl.amsterdam.inclusion.form;

/**
 * What a start form says about the world it starts in, at the moment it opens (which session a leader signs up
 * for). The engine writes it into the form's text component {@link #componentId()} when a person opens the form;
 * it is shown, never submitted.
 */
public interface StartFormContext {

  /** Id of the Camunda Form this context belongs to. */
  String formId();

  /** Id of the form's text component that shows it. */
  String componentId();

  /** The text (form-js markdown) for {@code userId}, who opens the form. */
  String text(String userId);
}
