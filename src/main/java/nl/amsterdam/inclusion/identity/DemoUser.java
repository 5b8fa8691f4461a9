package nl.amsterdam.inclusion.identity;

import java.util.List;
import java.util.Map;

/** A demo login: one role group, optionally a cluster and further groups. */
public record DemoUser(String id, String firstName, String lastName, String role, Cluster cluster,
    List<String> extraGroups) {

  public DemoUser(String id, String firstName, String lastName, String role, Cluster cluster) {
    this(id, firstName, lastName, role, cluster, List.of());
  }

  public String email() {
    return id + "@example.org";
  }

  /**
   * The DEMO users of the README: enough people to run every flow as the seeds describe it (a pilot cohort of ten
   * leaders in two groups with a coach each, three raters besides the leader, a growth panel of four), an account
   * manager for every cluster and a lead for every directorate, so no step of the demo falls to a stand-in.
   */
  public static final List<DemoUser> ALL = List.of(
      new DemoUser("demo", "Demo", "Beheerder", Groups.CAMUNDA_ADMIN, null, List.of(Groups.ID_BUREAU)),
      new DemoUser("fatima", "Fatima", "El Amrani", Groups.LEADERS, Cluster.SOCIAAL),
      new DemoUser("jan", "Jan", "de Vries", Groups.LEADERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("sanne", "Sanne", "Bakker", Groups.LEADERS, Cluster.SOCIAAL),
      new DemoUser("mohamed", "Mohamed", "Bouzid", Groups.LEADERS, Cluster.DIENSTVERLENING),
      new DemoUser("eva", "Eva", "de Graaf", Groups.LEADERS, Cluster.BESTUUR),
      new DemoUser("kevin", "Kevin", "Tromp", Groups.LEADERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("lisa", "Lisa", "van den Berg", Groups.LEADERS, Cluster.DIENSTVERLENING),
      new DemoUser("hamza", "Hamza", "Ait Taleb", Groups.LEADERS, Cluster.SOCIAAL),
      new DemoUser("emma", "Emma", "Willems", Groups.LEADERS, Cluster.BESTUUR),
      new DemoUser("thomas", "Thomas", "Koster", Groups.LEADERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("priya", "Priya", "Ramdin", Groups.LEADERS, Cluster.DIENSTVERLENING),
      new DemoUser("anouk", "Anouk", "Visser", Groups.PILOT_COACHES, null),
      new DemoUser("rik", "Rik", "Smit", Groups.PILOT_COACHES, null),
      new DemoUser("joyce", "Joyce", "Verbeek", Groups.PILOT_COACHES, null),
      new DemoUser("stefan", "Stefan", "Brouwer", Groups.PILOT_COACHES, null),
      new DemoUser("mila", "Mila", "Jansen", Groups.ID_BUREAU, null),
      new DemoUser("daan", "Daan", "Mulder", Groups.ID_BUREAU, null),
      lead("ayse", "Ayşe", "Yılmaz", Cluster.SOCIAAL, "wpi"),
      lead("pieter", "Pieter", "Hendriks", Cluster.RUIMTE_EN_ECONOMIE, "ingenieursbureau"),
      lead("ruben", "Ruben", "Pinas", null, "communicatie"),
      lead("marloes", "Marloes", "Schouten", Cluster.DIENSTVERLENING, "bureau-interim-advies"),
      lead("dennis", "Dennis", "Kuiper", Cluster.DIENSTVERLENING, "cto-office"),
      lead("zeynep", "Zeynep", "Demir", Cluster.RUIMTE_EN_ECONOMIE, "grond-ontwikkeling"),
      lead("gerard", "Gerard", "Bosman", Cluster.BESTUUR, "oov"),
      lead("chantal", "Chantal", "Liesdek", Cluster.RUIMTE_EN_ECONOMIE, "project-management-bureau"),
      lead("bas", "Bas", "Timmer", Cluster.SOCIAAL, "sport-bos"),
      lead("nadia", "Nadia", "Chaouch", Cluster.BESTUUR, "stadsdeel-centrum"),
      lead("erik", "Erik", "Groen", Cluster.BESTUUR, "stadsdeel-oost"),
      lead("latifa", "Latifa", "Amrani", Cluster.BESTUUR, "stadsdeel-west"),
      lead("wouter", "Wouter", "Blom", Cluster.BESTUUR, "stadsdeel-noord"),
      lead("iris", "Iris", "Postma", Cluster.DIENSTVERLENING, "personeel-organisatie"),
      lead("henk", "Henk", "Veenstra", Cluster.DIENSTVERLENING, "thor"),
      lead("sharon", "Sharon", "Doelwijt", Cluster.RUIMTE_EN_ECONOMIE, "vor"),
      new DemoUser("karin", "Karin", "Bos", Groups.PANEL_MEMBERS, null),
      new DemoUser("youssef", "Youssef", "Haddou", Groups.PANEL_MEMBERS, null),
      new DemoUser("marieke", "Marieke", "Hoekstra", Groups.PANEL_MEMBERS, null),
      new DemoUser("samir", "Samir", "El Idrissi", Groups.PANEL_MEMBERS, null),
      new DemoUser("lotte", "Lotte", "Dekker", Groups.PANEL_MODERATOR, null),
      new DemoUser("bram", "Bram", "Peters", Groups.PANEL_MODERATOR, null),
      new DemoUser("ingrid", "Ingrid", "Kok", Groups.ACCOUNT_MANAGERS, Cluster.SOCIAAL),
      new DemoUser("kees", "Kees", "van Dijk", Groups.ACCOUNT_MANAGERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("wendy", "Wendy", "Kramer", Groups.ACCOUNT_MANAGERS, Cluster.DIENSTVERLENING),
      new DemoUser("olaf", "Olaf", "Vos", Groups.ACCOUNT_MANAGERS, Cluster.BESTUUR),
      new DemoUser("yvonne", "Yvonne", "Maas", Groups.HR_BUSINESS_PARTNERS, Cluster.SOCIAAL),
      new DemoUser("orlando", "Orlando", "Martina", Groups.HR_BUSINESS_PARTNERS, Cluster.RUIMTE_EN_ECONOMIE),
      new DemoUser("fleur", "Fleur", "Kalkman", Groups.HR_BUSINESS_PARTNERS, Cluster.DIENSTVERLENING),
      new DemoUser("gijs", "Gijs", "Hoogland", Groups.HR_BUSINESS_PARTNERS, Cluster.BESTUUR),
      new DemoUser("noor", "Noor", "Meijer", Groups.LEARNING_ADVISORS, null),
      new DemoUser("tim", "Tim", "de Boer", Groups.LEARNING_ADVISORS, null),
      new DemoUser("sophie", "Sophie", "Vermeulen", Groups.ALDERMAN_OFFICE, null),
      new DemoUser("milan", "Milan", "van Leeuwen", Groups.ALDERMAN_OFFICE, null),
      new DemoUser("femke", "Femke", "Jacobs", Groups.EMPLOYEES, Cluster.SOCIAAL),
      new DemoUser("nina", "Nina", "de Wit", Groups.MONITORING, null));

  /**
   * Who each demo employee reports to (user id of the employee, of the leader): the relation the learning request of
   * an employee goes through first (identity.Leaders). Femke works in Fatima's cluster, Sociaal.
   */
  public static final Map<String, String> LEADER_OF = Map.of("femke", "fatima");

  /** A lead (director or trekker I&D) of one directorate. */
  private static DemoUser lead(String id, String firstName, String lastName, Cluster cluster, String directorate) {
    return new DemoUser(id, firstName, lastName, Groups.DIRECTORATE_LEADS, cluster,
        List.of(Groups.directorateGroup(directorate)));
  }
}
