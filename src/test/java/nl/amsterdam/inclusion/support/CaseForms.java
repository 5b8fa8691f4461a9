package nl.amsterdam.inclusion.support;

import java.util.Map;

/** Start-form values that many tests submit: a leader's pilot sign-up and a learning request. */
public final class CaseForms {

  private CaseForms() {
  }

  /** The pilot sign-up form of leader {@code user}, consent given. */
  public static Map<String, Object> pilotSignUp(String user, String name, String directorate) {
    return Map.of("participantName", name, "function", "teammanager", "directorate", directorate,
        "cluster", "sociaal", "email", user + "@example.org", "consent", true);
  }

  /** The learning-request form of {@code requesterName} for a team in {@code cluster}. */
  public static Map<String, Object> learningRequest(String requesterName, String email, String cluster, String kind) {
    return Map.ofEntries(
        Map.entry("requesterName", requesterName), Map.entry("email", email),
        Map.entry("teamName", "Team Jeugd Noord"), Map.entry("directorate", "Sociaal Domein"),
        Map.entry("cluster", cluster), Map.entry("teamSize", 14), Map.entry("targetGroup", "kantoorprofessionals"),
        Map.entry("theme", "Microagressies op de werkvloer"),
        Map.entry("helpQuestion", "Collega's voelen zich niet gehoord in het teamoverleg."),
        Map.entry("desiredPeriod", "Voor de zomer"), Map.entry("interventionKind", kind));
  }
}
