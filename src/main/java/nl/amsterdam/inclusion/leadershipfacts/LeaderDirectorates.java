package nl.amsterdam.inclusion.leadershipfacts;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.AsProcess;
import nl.amsterdam.inclusion.form.StartFormOptions;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Where a trajectory's directorate comes from. Leaders belong to no directorate group in the directory (only the
 * directorate leads do), so the directorate is captured once, at the trajectory's start, and no later form of the
 * trajectory has it: the leader cannot change it afterwards. A leader who starts a trajectory chooses it on the start
 * form from the directorate groups (the engine accepts only those: this class is that select's options); a trajectory
 * offered by the pilot takes the directorate of the pilot participation, matched to a directorate group by its name
 * or code where it matches and kept as typed at the pilot's sign-up otherwise. The organisation-wide report
 * ({@link OrganisationReport}) groups by it.
 */
@Component
public class LeaderDirectorates implements StartFormOptions {

  public static final String START_FORM = "leadershipfacts-start";
  public static final String OPTIONS = "directorateOptions";

  private final IdentityService identity;

  public LeaderDirectorates(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public String valuesKey() {
    return OPTIONS;
  }

  /** Every directorate group by its name (the value the trajectory keeps), alphabetically. */
  @Override
  public List<Map<String, String>> options() {
    return groups().stream().map(Group::getName).sorted()
        .map(name -> Map.of("label", name, "value", name)).toList();
  }

  /** A directorate as typed elsewhere (the pilot's sign-up) as the directorate group's name, if one matches. */
  public String canonical(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String text = typed.strip();
    return groups().stream()
        .filter(group -> group.getName().equalsIgnoreCase(text) || group.getId().equalsIgnoreCase(text)
            || group.getId().equalsIgnoreCase(Groups.directorateGroup(text.toLowerCase())))
        .map(Group::getName).findFirst().orElse(text);
  }

  private List<Group> groups() {
    return AsProcess.run(() -> identity.createGroupQuery().groupType(Groups.TYPE_DIRECTORATE).list());
  }
}
