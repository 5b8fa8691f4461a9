package nl.amsterdam.inclusion.identity;

import java.util.List;

/** A demo login: one role group, optionally a cluster and further groups. */
public record DemoUser(String id, String firstName, String lastName, String role, Cluster cluster,
    List<String> extraGroups) {

  public DemoUser(String id, String firstName, String lastName, String role, Cluster cluster) {
    this(id, firstName, lastName, role, cluster, List.of());
  }

  public String email() {
    return id + "@example.org";
  }

  /** The DEMO users of the README, two or more per role. */
  public static final List<DemoUser> ALL = List.of(
      new DemoUser("demo", "Demo", "Beheerder", Groups.CAMUNDA_ADMIN, null, List.of(Groups.ID_BUREAU)),
      new DemoUser("fatima", "Fatima", "El Amrani", Groups.LEADERS, Cluster.SOCIAAL),
      new DemoUser("jan", "Jan", "de Vries", Groups.LEADERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("sanne", "Sanne", "Bakker", Groups.LEADERS, Cluster.SOCIAAL),
      new DemoUser("anouk", "Anouk", "Visser", Groups.PILOT_COACHES, null),
      new DemoUser("rik", "Rik", "Smit", Groups.PILOT_COACHES, null),
      new DemoUser("mila", "Mila", "Jansen", Groups.ID_BUREAU, null),
      new DemoUser("daan", "Daan", "Mulder", Groups.ID_BUREAU, null),
      new DemoUser("ayse", "Ayşe", "Yılmaz", Groups.DIRECTORATE_LEADS, Cluster.SOCIAAL,
          List.of(Groups.directorateGroup("wpi"))),
      new DemoUser("pieter", "Pieter", "Hendriks", Groups.DIRECTORATE_LEADS, Cluster.RUIMTE_EN_ECONOMIE,
          List.of(Groups.directorateGroup("ingenieursbureau"))),
      new DemoUser("ruben", "Ruben", "Pinas", Groups.DIRECTORATE_LEADS, null,
          List.of(Groups.directorateGroup("communicatie"))),
      new DemoUser("karin", "Karin", "Bos", Groups.PANEL_MEMBERS, null),
      new DemoUser("youssef", "Youssef", "Haddou", Groups.PANEL_MEMBERS, null),
      new DemoUser("lotte", "Lotte", "Dekker", Groups.PANEL_MODERATOR, null),
      new DemoUser("bram", "Bram", "Peters", Groups.PANEL_MODERATOR, null),
      new DemoUser("ingrid", "Ingrid", "Kok", Groups.ACCOUNT_MANAGERS, Cluster.SOCIAAL),
      new DemoUser("kees", "Kees", "van Dijk", Groups.ACCOUNT_MANAGERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("noor", "Noor", "Meijer", Groups.LEARNING_ADVISORS, null),
      new DemoUser("tim", "Tim", "de Boer", Groups.LEARNING_ADVISORS, null),
      new DemoUser("sophie", "Sophie", "Vermeulen", Groups.ALDERMAN_OFFICE, null),
      new DemoUser("milan", "Milan", "van Leeuwen", Groups.ALDERMAN_OFFICE, null),
      new DemoUser("nina", "Nina", "de Wit", Groups.MONITORING, null));
}
