package nl.amsterdam.inclusion.pilot;

/**
 * The cohort's reunion (terugkomdag, every group together) as Bureau I&D recorded it: the date, whether it took place
 * (and why not) and what came out of it, for the evaluation report. Null in a report while nothing was recorded.
 */
public record Reunion(String date, boolean held, String notHeldReason, String outcome) {
}
