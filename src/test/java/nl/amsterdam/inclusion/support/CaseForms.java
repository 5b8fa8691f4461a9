package nl.amsterdam.inclusion.support;

import java.util.Map;

/** Form values that many tests submit: a leader's pilot sign-up, a learning request, the alderman's briefing. */
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

  /** Bureau I&D's briefing for the alderman (the seed's opstapformulier), every field filled in. */
  public static Map<String, Object> aldermanBriefing() {
    return Map.ofEntries(
        Map.entry("briefingTo", "Wethouder"), Map.entry("briefingFrom", "Bureau Inclusie en Diversiteit"),
        Map.entry("eventDescription", "Gesprekken voor de vernieuwing van de bestuursopdracht; dit keer alleen leidinggevenden."),
        Map.entry("focusDossier", "Inclusie & Diversiteit"), Map.entry("valueForAlderman", "Inzicht in wat er leeft."),
        Map.entry("background", "Maandelijkse gesprekken voor de bestuursopdracht."),
        Map.entry("expectations", "Open gesprek, 90 minuten."), Map.entry("pressPresent", "no"),
        Map.entry("listenerName", "Themaverantwoordelijke Bureau I&D"), Map.entry("listenerFrom", "bureau-id"),
        Map.entry("receptionBy", "Ambtelijke ondersteuning"), Map.entry("supportOnSite", "Ontvangst bij de ingang."));
  }
}
