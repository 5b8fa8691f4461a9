package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forms the pilot's discussion groups: about the target size, no group below
 * {@link PilotProcess#MIN_GROUP_SIZE}, sizes differing by at most one, and the directorates spread
 * over the groups so that leaders meet peers from elsewhere.
 */
public final class GroupFormation {

  /** A signed-up leader: the participant case id and the directorate. */
  public record Candidate(String caseId, String directorate) {
  }

  private GroupFormation() {
  }

  /** @return the groups; empty when there are too few candidates for even one group */
  public static List<List<Candidate>> formGroups(List<Candidate> candidates, int targetSize) {
    if (targetSize < PilotProcess.MIN_GROUP_SIZE) {
      throw new IllegalArgumentException("Target group size must be at least " + PilotProcess.MIN_GROUP_SIZE);
    }
    int count = candidates.size();
    if (count < PilotProcess.MIN_GROUP_SIZE) {
      return List.of();
    }
    int groupCount = Math.max(1, Math.min(Math.round((float) count / targetSize), count / PilotProcess.MIN_GROUP_SIZE));
    List<List<Candidate>> groups = new ArrayList<>();
    for (int i = 0; i < groupCount; i++) {
      groups.add(new ArrayList<>());
    }
    // Deal the largest directorates first, round-robin: colleagues end up in different groups.
    int next = 0;
    for (List<Candidate> directorate : byDirectorateLargestFirst(candidates)) {
      for (Candidate candidate : directorate) {
        groups.get(next).add(candidate);
        next = (next + 1) % groupCount;
      }
    }
    return groups;
  }

  private static List<List<Candidate>> byDirectorateLargestFirst(List<Candidate> candidates) {
    Map<String, List<Candidate>> byDirectorate = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      byDirectorate.computeIfAbsent(candidate.directorate().trim().toLowerCase(), d -> new ArrayList<>()).add(candidate);
    }
    List<List<Candidate>> ordered = new ArrayList<>(byDirectorate.values());
    ordered.sort(Comparator.comparingInt((List<Candidate> d) -> d.size()).reversed());
    return ordered;
  }
}
