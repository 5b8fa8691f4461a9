package nl.amsterdam.inclusion.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The access model applied to the engine at every start, in every profile: the role, directorate and cluster groups,
 * exactly the grants of {@link AccessModel} and the shared Dutch Tasklist filters of {@link TaskFilters}. Idempotent,
 * and it reconciles: a grant the model no longer names is removed from the groups it manages, a permission it added
 * is set, so a changed access model is in force after the next start. People and their memberships come from
 * elsewhere (the demo data, later the city's directory).
 */
@Component
@Order(1)
public class AccessSetup extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  static final Map<String, String> ROLE_NAMES = Map.ofEntries(
      Map.entry(Groups.LEADERS, "Leidinggevenden"),
      Map.entry(Groups.PILOT_COACHES, "Coaches pilot Inclusief Leiderschap"),
      Map.entry(Groups.ID_BUREAU, "Bureau Inclusie en Diversiteit"),
      Map.entry(Groups.DIRECTORATE_LEADS, "Directeuren en trekkers I&D"),
      Map.entry(Groups.PANEL_MEMBERS, "Groeipanel"),
      Map.entry(Groups.PANEL_MODERATOR, "Moderator groeipanel"),
      Map.entry(Groups.ACCOUNT_MANAGERS, "Accounthouders P&O"),
      Map.entry(Groups.LEARNING_ADVISORS, "Leeradviseurs P&O"),
      Map.entry(Groups.ALDERMAN_OFFICE, "Ondersteuning wethouder"),
      Map.entry(Groups.EMPLOYEES, "Medewerkers"),
      Map.entry(Groups.HR_BUSINESS_PARTNERS, "HR business partners"));

  /** Directorates of the growth panel (seed 002), each a group of its leads (director and trekker). */
  static final Map<String, String> DIRECTORATES = TaskFilters.orderedMap(
      "wpi", "Werk, Participatie en Inkomen", "bureau-interim-advies", "Bureau Interim en Advies",
      "cto-office", "CTO office", "communicatie", "Directie Communicatie", "grond-ontwikkeling", "Grond en Ontwikkeling",
      "ingenieursbureau", "Ingenieursbureau", "oov", "Openbare Orde en Veiligheid",
      "project-management-bureau", "Project Management Bureau", "sport-bos", "Sport en Bos",
      "stadsdeel-centrum", "Stadsdeel Centrum", "stadsdeel-oost", "Stadsdeel Oost", "stadsdeel-west", "Stadsdeel West",
      "stadsdeel-noord", "Stadsdeel Noord", "personeel-organisatie", "Personeel & Organisatie", "thor", "THOR",
      "vor", "Verkeer en Openbare Ruimte");

  /** Resource types whose grants to the managed groups are this class's alone (the administrators': all of them). */
  private static final Set<Resources> MANAGED_RESOURCES = EnumSet.of(Resources.APPLICATION,
      Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.FILTER);

  /** One grant: a group's permissions on one resource. */
  record Grant(String groupId, Resource resource, String resourceId) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Set<String> groups = createGroups(engine.getIdentityService());
    Map<Grant, Set<Permission>> wanted = grants();
    wanted.putAll(createFilters(engine.getFilterService(), engine.getTaskService()));
    int changed = reconcile(engine.getAuthorizationService(), groups, wanted);
    LOG.info("Access model in place: {} groups, {} grants, {} shared filters ({} grants changed)", groups.size(),
        wanted.size(), TaskFilters.ALL.size(), changed);
  }

  /** The access model as grants: the administrators may do anything, each role what {@link AccessModel} says. */
  static Map<Grant, Set<Permission>> grants() {
    Map<Grant, Set<Permission>> grants = new HashMap<>();
    for (Resources resource : Resources.values()) {
      add(grants, new Grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY), Permissions.ALL);
    }
    for (String role : Groups.ROLES) {
      for (String application : AccessModel.applicationsOf(role)) {
        add(grants, new Grant(role, Resources.APPLICATION, application), Permissions.ACCESS);
      }
    }
    AccessModel.STARTABLE.forEach((role, keys) -> {
      add(grants, new Grant(role, Resources.PROCESS_INSTANCE, Authorization.ANY), Permissions.CREATE);
      keys.forEach(key -> add(grants, new Grant(role, Resources.PROCESS_DEFINITION, key),
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    });
    AccessModel.MONITORED.forEach((role, keys) -> keys.forEach(key -> add(grants,
        new Grant(role, Resources.PROCESS_DEFINITION, key), ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)));
    // the owner hands a step to someone else (security.EngineRules says to whom) and retries a failed step
    AccessModel.OWNER.values().stream().distinct().forEach(role -> AccessModel.actsOn(role).forEach(key -> add(grants,
        new Grant(role, Resources.PROCESS_DEFINITION, key), ProcessDefinitionPermissions.TASK_ASSIGN,
        ProcessDefinitionPermissions.RETRY_JOB)));
    return grants;
  }

  private static void add(Map<Grant, Set<Permission>> grants, Grant grant, Permission... permissions) {
    grants.computeIfAbsent(grant, g -> new LinkedHashSet<>()).addAll(List.of(permissions));
  }

  private static Set<String> createGroups(IdentityService identity) {
    Set<String> created = new LinkedHashSet<>();
    created.add(createGroup(identity, Groups.CAMUNDA_ADMIN, "Camunda BPM Administrators", "SYSTEM"));
    created.add(createGroup(identity, Groups.MONITORING, "Beheer en monitoring", "SYSTEM"));
    ROLE_NAMES.forEach((id, name) -> created.add(createGroup(identity, id, name, Groups.TYPE_ROLE)));
    DIRECTORATES.forEach((code, name) -> created.add(createGroup(identity, Groups.directorateGroup(code), name,
        Groups.TYPE_DIRECTORATE)));
    for (Cluster cluster : Cluster.values()) {
      created.add(createGroup(identity, Groups.clusterGroup(cluster), "Cluster " + cluster.label(), Groups.TYPE_CLUSTER));
      created.add(createGroup(identity, Groups.accountManagersOf(cluster), "Accounthouder P&O " + cluster.label(),
          Groups.TYPE_ROLE));
      created.add(createGroup(identity, Groups.hrBusinessPartnersOf(cluster), "HR business partner " + cluster.label(),
          Groups.TYPE_ROLE));
    }
    return created;
  }

  private static String createGroup(IdentityService identity, String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
    return id;
  }

  /** Creates or updates the shared filters; returns their grants. */
  private static Map<Grant, Set<Permission>> createFilters(FilterService filters, TaskService tasks) {
    Map<Grant, Set<Permission>> grants = new HashMap<>();
    for (TaskFilters.TaskFilter definition : TaskFilters.ALL) {
      Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query(tasks.createTaskQuery()));
      filter.setProperties(definition.properties());
      filters.saveFilter(filter);
      for (String group : definition.groups()) {
        add(grants, new Grant(group, Resources.FILTER, filter.getId()), Permissions.READ);
      }
    }
    return grants;
  }

  /**
   * Makes the grants of the managed groups exactly the wanted ones: missing grants and permissions added, grants
   * the model no longer names removed, permissions it no longer names taken away. Grants of other groups and users,
   * and the task grants the engine gives assignees and candidates, are left alone.
   */
  static int reconcile(AuthorizationService authorizations, Set<String> managedGroups, Map<Grant, Set<Permission>> wanted) {
    int changed = 0;
    Map<Grant, Set<Permission>> missing = new HashMap<>(wanted);
    List<Authorization> existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(managedGroups.toArray(String[]::new)).list();
    for (Authorization authorization : existing) {
      Grant grant = new Grant(authorization.getGroupId(), resourceOf(authorization.getResourceType()),
          authorization.getResourceId());
      boolean managed = Groups.CAMUNDA_ADMIN.equals(grant.groupId()) || MANAGED_RESOURCES.contains(grant.resource());
      if (!managed) {
        continue;
      }
      Set<Permission> permissions = missing.remove(grant);
      if (permissions == null) {
        authorizations.deleteAuthorization(authorization.getId());
        changed++;
      } else if (bits(authorizations, permissions) != ((AuthorizationEntity) authorization).getPermissions()) {
        ((AuthorizationEntity) authorization).setPermissions(bits(authorizations, permissions));
        authorizations.saveAuthorization(authorization);
        changed++;
      }
    }
    for (Map.Entry<Grant, Set<Permission>> grant : missing.entrySet()) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.getKey().groupId());
      authorization.setResource(grant.getKey().resource());
      authorization.setResourceId(grant.getKey().resourceId());
      grant.getValue().forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
      changed++;
    }
    return changed;
  }

  /** The permission bits a new grant of these permissions holds, as the engine stores them. */
  private static int bits(AuthorizationService authorizations, Set<Permission> permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    permissions.forEach(grant::addPermission);
    return ((AuthorizationEntity) grant).getPermissions();
  }

  private static Resource resourceOf(int type) {
    for (Resources resource : Resources.values()) {
      if (resource.resourceType() == type) {
        return resource;
      }
    }
    throw new IllegalStateException("Unknown resource type " + type);
  }
}
