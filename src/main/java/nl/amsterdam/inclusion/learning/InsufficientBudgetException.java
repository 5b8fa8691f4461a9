package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;

/** A reservation or booking that would take a cluster's budget below zero. */
public class InsufficientBudgetException extends RuntimeException {

  public InsufficientBudgetException(String cluster, int year, BigDecimal requested, BigDecimal available) {
    super("Budget " + cluster + " " + year + " ontoereikend: gevraagd " + requested.toPlainString()
        + ", beschikbaar " + available.toPlainString());
  }
}
