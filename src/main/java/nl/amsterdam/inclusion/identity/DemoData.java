package nl.amsterdam.inclusion.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's people, in the spirit of Camunda's invoice example: the demo users of the README and their
 * memberships, idempotent. Groups, grants and filters are not demo data: {@link AccessSetup} applies them in every
 * profile, before this runs.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "inclusion.demo.enabled", havingValue = "true")
public class DemoData extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final String password;

  public DemoData(@Value("${inclusion.demo.password}") String password) {
    this.password = password;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
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
    DemoUser.LEADER_OF.forEach((employee, leader) -> {
      if (!leader.equals(identity.getUserInfo(employee, Leaders.INFO_KEY))) {
        identity.setUserInfo(employee, Leaders.INFO_KEY, leader);
      }
    });
    LOG.info("Demo users in place: {} users, password from DEMO_PASSWORD (default 'demo')", DemoUser.ALL.size());
  }

  static List<String> groupsOf(DemoUser user) {
    List<String> groups = new ArrayList<>();
    groups.add(user.role());
    groups.addAll(user.extraGroups());
    if (user.cluster() != null) {
      groups.add(Groups.clusterGroup(user.cluster()));
      if (user.role().equals(Groups.ACCOUNT_MANAGERS) || user.role().equals(Groups.HR_BUSINESS_PARTNERS)) {
        groups.add(Groups.roleInCluster(user.role(), user.cluster()));
      }
    }
    return groups;
  }
}
