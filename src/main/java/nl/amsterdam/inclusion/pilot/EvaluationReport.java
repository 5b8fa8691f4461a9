package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

/**
 * The cohort's evaluation report for Bureau I&D: figures, yields and interest in follow-up. Built when every journey
 * is evaluated or at the evaluation deadline; then the participants whose evaluation is missing are named (the report
 * is Bureau I&D's only, its figures aggregate).
 */
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
    int interestedInLeadershipfacts,
    int missingEvaluations,
    List<String> missingParticipants) {
}
