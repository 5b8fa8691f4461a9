package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.monitoring.Figure;

/**
 * The cohort's evaluation report for Bureau I&D, laid out as the seed's own evaluation: who took part (by function
 * and directorate; fewer than three people are never shown as a number of their own), the kernvragen and texts
 * (unattributed), the coaches' observations and whether each group had the background presentation, the figures
 * and the interest in follow-up. Built when every journey is evaluated or at the evaluation deadline; then the
 * participants whose evaluation is missing are named (the report is Bureau I&D's only, its figures aggregate). The
 * reunion of all groups (terugkomdag), which the cohort holds before it reports, is in it with what came out of it.
 */
public record EvaluationReport(
    String cohortName,
    int participants,
    List<Figure> participantsByFunction,
    List<Figure> participantsByDirectorate,
    int completed,
    int withdrawn,
    int absent,
    double completionRate,
    List<String> coreQuestions,
    List<GroupSession> groupSessions,
    int backgroundPresentationsGiven,
    Reunion reunion,
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
