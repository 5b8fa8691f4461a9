package nl.amsterdam.inclusion.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Idempotent demo data in the spirit of Camunda's invoice example: role and cluster groups, demo
 * users, least-privilege authorizations ({@link AccessModel}) and shared Dutch Tasklist filters.
 * Running it again changes nothing; a changed access model adds the missing permissions.
 */
@Component
@ConditionalOnProperty(name = "inclusion.demo.enabled", havingValue = "true")
public class DemoData extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  static final Map<String, String> ROLE_NAMES = Map.of(
      Groups.LEADERS, "Leidinggevenden",
      Groups.PILOT_COACHES, "Coaches pilot Inclusief Leiderschap",
      Groups.ID_BUREAU, "Bureau Inclusie en Diversiteit",
      Groups.DIRECTORATE_LEADS, "Directeuren en trekkers I&D",
      Groups.PANEL_MEMBERS, "Groeipanel",
      Groups.PANEL_MODERATOR, "Moderator groeipanel",
      Groups.ACCOUNT_MANAGERS, "Accounthouders P&O",
      Groups.LEARNING_ADVISORS, "Leeradviseurs P&O",
      Groups.ALDERMAN_OFFICE, "Ondersteuning wethouder");

  /** Directorates of the growth panel (seed 002), each a group of its leads (director and trekker). */
  static final Map<String, String> DIRECTORATES = TaskFilter.orderedMap(
      "wpi", "Werk, Participatie en Inkomen", "bureau-interim-advies", "Bureau Interim en Advies",
      "cto-office", "CTO office", "communicatie", "Directie Communicatie", "grond-ontwikkeling", "Grond en Ontwikkeling",
      "ingenieursbureau", "Ingenieursbureau", "oov", "Openbare Orde en Veiligheid",
      "project-management-bureau", "Project Management Bureau", "sport-bos", "Sport en Bos",
      "stadsdeel-centrum", "Stadsdeel Centrum", "stadsdeel-oost", "Stadsdeel Oost", "stadsdeel-west", "Stadsdeel West",
      "stadsdeel-noord", "Stadsdeel Noord", "personeel-organisatie", "Personeel & Organisatie", "thor", "THOR",
      "vor", "Verkeer en Openbare Ruimte");

  private final String password;

  public DemoData(@Value("${inclusion.demo.password}") String password) {
    this.password = password;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    createGroups(engine.getIdentityService());
    createUsers(engine.getIdentityService());
    grantAccess(engine.getAuthorizationService());
    createFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    LOG.info("Demo data in place: {} users, password from DEMO_PASSWORD (default 'demo')", DemoUser.ALL.size());
  }

  private void createGroups(IdentityService identity) {
    createGroup(identity, Groups.CAMUNDA_ADMIN, "Camunda BPM Administrators", "SYSTEM");
    ROLE_NAMES.forEach((id, name) -> createGroup(identity, id, name, Groups.TYPE_ROLE));
    DIRECTORATES.forEach((code, name) -> createGroup(identity, Groups.directorateGroup(code), name,
        Groups.TYPE_DIRECTORATE));
    for (Cluster cluster : Cluster.values()) {
      createGroup(identity, Groups.clusterGroup(cluster), "Cluster " + cluster.label(), Groups.TYPE_CLUSTER);
      createGroup(identity, Groups.accountManagersOf(cluster), "Accounthouder P&O " + cluster.label(), Groups.TYPE_ROLE);
    }
  }

  private static void createGroup(IdentityService identity, String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void createUsers(IdentityService identity) {
    for (DemoUser demo : DemoUser.ALL) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(password);
        identity.saveUser(user);
      }
      for (String group : groupsOf(demo)) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
  }

  static List<String> groupsOf(DemoUser user) {
    List<String> groups = new ArrayList<>();
    groups.add(user.role());
    groups.addAll(user.extraGroups());
    if (user.cluster() != null) {
      groups.add(Groups.clusterGroup(user.cluster()));
      if (user.role().equals(Groups.ACCOUNT_MANAGERS)) {
        groups.add(Groups.accountManagersOf(user.cluster()));
      }
    }
    return groups;
  }

  private static void grantAccess(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      grant(authorizations, Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (String role : Groups.ROLES) {
      for (String application : AccessModel.applicationsOf(role)) {
        grant(authorizations, role, Resources.APPLICATION, application, Permissions.ACCESS);
      }
    }
    AccessModel.STARTABLE.forEach((role, keys) -> {
      grant(authorizations, role, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      keys.forEach(key -> grant(authorizations, role, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    });
    AccessModel.MONITORED.forEach((role, keys) -> keys.forEach(key -> grant(authorizations, role,
        Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)));
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant when missing. */
  static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }

  private static void createFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    for (TaskFilter definition : TaskFilter.ALL) {
      Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query(tasks.createTaskQuery()));
      filter.setProperties(definition.properties());
      filters.saveFilter(filter);
      for (String group : definition.groups()) {
        grant(authorizations, group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  /** A shared Tasklist filter, visible to the given groups. */
  record TaskFilter(String name, String description, int priority, List<String> groups,
      java.util.function.UnaryOperator<TaskQuery> criteria, Map<String, String> variables) {

    TaskQuery query(TaskQuery empty) {
      return criteria.apply(empty);
    }

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", variables.entrySet().stream()
          .map(v -> Map.of("name", v.getKey(), "label", v.getValue())).toList());
      return properties;
    }

    static final List<TaskFilter> ALL = List.of(
        new TaskFilter("Mijn taken", "Taken die aan mij zijn toegewezen", -10, Groups.ROLES,
            q -> q.taskAssigneeExpression("${currentUser()}"), Map.of()),
        new TaskFilter("Taken van mijn groep", "Taken voor mijn groepen die nog niemand heeft opgepakt", -5,
            Groups.ROLES,
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), Map.of()),
        new TaskFilter("Pilot Inclusief Leiderschap", "Alle taken van de pilot", 10,
            List.of(Groups.ID_BUREAU, Groups.PILOT_COACHES),
            q -> q.processDefinitionKeyIn(AccessModel.PILOT_COHORT, AccessModel.PILOT_PARTICIPANT),
            orderedMap("participantName", "Deelnemer", "directorate", "Directie", "cohortName", "Cohort")),
        new TaskFilter("Leervragen van mijn cluster", "Aanvragen voor leerinterventies", 10,
            List.of(Groups.ACCOUNT_MANAGERS, Groups.LEARNING_ADVISORS),
            q -> q.processDefinitionKey(AccessModel.LEARNING_REQUEST),
            orderedMap("requesterName", "Aanvrager", "teamName", "Team", "cluster", "Cluster", "interventionKind", "Soort")),
        new TaskFilter("Groeipanel", "Gesprekken van het groeipanel", 10,
            List.of(Groups.PANEL_MEMBERS, Groups.PANEL_MODERATOR, Groups.DIRECTORATE_LEADS),
            q -> q.processDefinitionKeyIn(AccessModel.GROWTH_PANEL_ROUND, AccessModel.GROWTH_PANEL_CONVERSATION),
            orderedMap("directorate", "Directie", "roundNumber", "Ronde")),
        new TaskFilter("Dialoog met de wethouder", "Voorbereiding van de maandelijkse dialoog", 10,
            List.of(Groups.ID_BUREAU, Groups.ALDERMAN_OFFICE),
            q -> q.processDefinitionKey(AccessModel.ALDERMAN_DIALOGUE),
            orderedMap("dialogueTheme", "Thema", "dialogueDate", "Datum")));

    static Map<String, String> orderedMap(String... keysAndLabels) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < keysAndLabels.length; i += 2) {
        map.put(keysAndLabels[i], keysAndLabels[i + 1]);
      }
      return map;
    }
  }
}
