package nl.amsterdam.inclusion.identity;

import java.util.List;

/** Camunda group ids of the programme's roles (DOMAIN.md). Tasks go to these groups, never to people. */
public final class Groups {

  public static final String LEADERS = "leaders";
  public static final String PILOT_COACHES = "pilot-coaches";
  public static final String ID_BUREAU = "id-bureau";
  public static final String DIRECTORATE_LEADS = "directorate-leads";
  public static final String PANEL_MEMBERS = "panel-members";
  public static final String PANEL_MODERATOR = "panel-moderator";
  public static final String ACCOUNT_MANAGERS = "account-managers";
  public static final String LEARNING_ADVISORS = "learning-advisors";
  /**
   * HR business partners (HRBP), one group per cluster ({@code hr-business-partners-<cluster>}): told when a learning
   * request is referred to them (conflict mediation). They get mail only, no tasks, so no webapp and no filter: not
   * in {@link #ROLES}. The custom work's model names the cluster's group as {@code group:hr-business-partners-${cluster}}.
   */
  public static final String HR_BUSINESS_PARTNERS = "hr-business-partners";
  public static final String ALDERMAN_OFFICE = "alderman-office";
  /** Staff who are not leaders: they sign up for an alderman's dialogue open to all employees, nothing else. */
  public static final String EMPLOYEES = "employees";
  /** Operators: read the application's metrics (no process data, no Tasklist). */
  public static final String MONITORING = "monitoring";
  /** Camunda's own administrators group (full access to Admin and Cockpit). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Group type of the role groups above. */
  public static final String TYPE_ROLE = "WORKFLOW";
  /** Group type of the directorate groups: the leads of one directorate. */
  public static final String TYPE_DIRECTORATE = "DIRECTORATE";
  /** Group type of the cluster groups: a leader's cluster, an account manager's cluster. */
  public static final String TYPE_CLUSTER = "CLUSTER";

  public static final List<String> ROLES = List.of(LEADERS, PILOT_COACHES, ID_BUREAU, DIRECTORATE_LEADS,
      PANEL_MEMBERS, PANEL_MODERATOR, ACCOUNT_MANAGERS, LEARNING_ADVISORS, ALDERMAN_OFFICE, EMPLOYEES);

  private Groups() {
  }

  /** Everyone working in cluster {@code cluster} (leaders and the cluster's account manager). */
  public static String clusterGroup(Cluster cluster) {
    return "cluster-" + cluster.code();
  }

  /** The leads (director and trekker I&D) of one directorate. */
  public static String directorateGroup(String directorateCode) {
    return "directorate-" + directorateCode;
  }

  /** The account manager(s) of one cluster: tasks that only that cluster's account manager may see. */
  public static String accountManagersOf(Cluster cluster) {
    return roleInCluster(ACCOUNT_MANAGERS, cluster);
  }

  /** The HR business partner(s) of one cluster. */
  public static String hrBusinessPartnersOf(Cluster cluster) {
    return roleInCluster(HR_BUSINESS_PARTNERS, cluster);
  }

  /** The members of a role who work for one cluster (e.g. account-managers-sociaal). */
  public static String roleInCluster(String role, Cluster cluster) {
    return role + "-" + cluster.code();
  }
}
