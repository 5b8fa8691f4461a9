package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

/** The cohort's evaluation report for Bureau I&D: figures, yields and interest in follow-up. */
public record EvaluationReport(
    String cohortName,
    int participants,
    int completed,
    int withdrawn,
    int absent,
    double completionRate,
    Double averageRating,
    Map<Integer, Integer> ratingDistribution,
    List<String> learningYields,
    List<String> usefulAspects,
    List<String> improvementPoints,
    int interestedInIntervision,
    int interestedInLeadershipfacts) {
}
