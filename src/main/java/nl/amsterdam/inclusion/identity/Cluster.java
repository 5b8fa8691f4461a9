package nl.amsterdam.inclusion.identity;

import java.util.Arrays;
import java.util.Optional;

/** The city's organisational clusters; each has its own account manager and learning budget. */
public enum Cluster {
  SOCIAAL("sociaal", "Sociaal"),
  RUIMTE_EN_ECONOMIE("ruimte-economie", "Ruimte en Economie"),
  DIENSTVERLENING("dienstverlening", "Dienstverlening, Informatie en Bedrijfsvoering"),
  BESTUUR("bestuur", "Bestuur en Organisatie");

  private final String code;
  private final String label;

  Cluster(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name as users know it. */
  public String label() {
    return label;
  }

  public static Optional<Cluster> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
