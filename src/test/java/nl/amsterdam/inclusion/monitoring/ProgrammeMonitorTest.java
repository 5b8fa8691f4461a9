package nl.amsterdam.inclusion.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Conversation;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Dialogue;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Person;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.PlanCheck;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Training;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.DirectorateStatus;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeMonitorTest {

  private static final Map<String, String> DIRECTORATES = directorates(16);

  private static Map<String, String> directorates(int count) {
    Map<String, String> directorates = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      directorates.put("directorate-d" + i, String.format("Directie %02d", i));
    }
    return directorates;
  }

  private static Instant on(String date) {
    return LocalDate.parse(date).atTime(12, 0).atZone(CityTime.ZONE).toInstant();
  }

  private static Conversation planOnly(String directorate, int round, String submitted) {
    return new Conversation(directorate, round, on(submitted), List.of(), null, null);
  }

  private static ProgrammeFacts panel(List<Conversation> conversations) {
    return new ProgrammeFacts(DIRECTORATES, conversations, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void fifteenOfSixteenDirectoratesWithAPlanIsTheSeedsNinetyFourPercent() {
    List<Conversation> conversations = DIRECTORATES.keySet().stream().limit(15)
        .map(group -> planOnly(group, 1, "2023-03-01")).toList();

    Percentages percentages = ProgrammeMonitor.percentages(2023,
        ProgrammeMonitor.statusAt(panel(conversations), Period.year(2023)));

    assertThat(percentages).isEqualTo(new Percentages(2023, 16, 94, 0, 0, 0));
  }

  @Test
  void theLatestCheckDecidesWhetherThePreconditionsAreInOrder() {
    Conversation d1 = new Conversation("directorate-d1", 1, on("2023-02-01"),
        List.of(new PlanCheck(on("2023-02-10"), false), new PlanCheck(on("2023-03-10"), true)), on("2023-05-01"), null);
    Conversation d2 = new Conversation("directorate-d2", 1, on("2023-02-01"),
        List.of(new PlanCheck(on("2023-02-10"), true)), null, null);
    Conversation d2Again = new Conversation("directorate-d2", 2, on("2024-02-01"),
        List.of(new PlanCheck(on("2024-02-10"), false)), null, null);
    ProgrammeFacts facts = panel(List.of(d1, d2, d2Again));

    assertThat(ProgrammeMonitor.statusAt(facts, Period.year(2023))).filteredOn(DirectorateStatus::preconditions)
        .extracting(DirectorateStatus::directorate).containsExactly("Directie 01", "Directie 02");
    assertThat(ProgrammeMonitor.statusAt(facts, Period.year(2024))).filteredOn(DirectorateStatus::preconditions)
        .extracting(DirectorateStatus::directorate).containsExactly("Directie 01");
  }

  @Test
  void roundsCountOnlyConversationsHeldAndTheTrendLooksAtEachYearsEnd() {
    Conversation first = new Conversation("directorate-d1", 1, on("2022-02-01"), List.of(), on("2022-06-01"),
        on("2022-11-01"));
    Conversation second = new Conversation("directorate-d1", 3, on("2024-01-15"), List.of(), on("2024-04-01"), null);
    Conversation notHeld = new Conversation("directorate-d2", 3, on("2024-01-15"), List.of(), null, null);
    ProgrammeFacts facts = panel(List.of(first, second, notHeld));

    assertThat(ProgrammeMonitor.statusAt(facts, Period.year(2024))).first()
        .isEqualTo(new DirectorateStatus("Directie 01", true, false, List.of(1, 3), true));
    assertThat(ProgrammeMonitor.trend(facts, ProgrammeMonitor.firstYear(facts, 2024, CityTime.ZONE), 2024))
        .containsExactly(new Percentages(2022, 16, 6, 0, 6, 6), new Percentages(2023, 16, 6, 0, 6, 6),
            new Percentages(2024, 16, 13, 0, 6, 6));
    assertThat(ProgrammeMonitor.heldPerRound(facts, Period.year(2024)))
        .containsExactly(Figure.count("Ronde 1", 1), Figure.count("Ronde 3", 1));
    assertThat(ProgrammeMonitor.heldPerRound(facts, Period.year(2023))).containsExactly(Figure.count("Ronde 1", 1));
  }

  @Test
  void countsTheYearAndHidesGroupsOfPeopleUnderThree() {
    ProgrammeFacts facts = new ProgrammeFacts(DIRECTORATES,
        List.of(new Conversation("directorate-d1", 1, null, List.of(), on("2023-06-01"), null),
            new Conversation("directorate-d2", 2, null, List.of(), on("2024-06-01"), null)),
        List.of(new Training(on("2024-03-01"), 12), new Training(on("2024-09-01"), 1),
            new Training(on("2023-09-01"), 40)),
        List.of(new Person("fatima", on("2024-02-01")), new Person("fatima", on("2024-10-01")),
            new Person("sanne", on("2024-02-01")), new Person("jan", on("2024-02-01"))),
        List.of(new Person("fatima", on("2024-05-01")), new Person("jan", on("2024-05-01"))),
        List.of(),
        List.of(new Dialogue(on("2024-04-01"), Set.of("fatima", "jan")), new Dialogue(on("2024-05-01"), Set.of("jan",
            "sanne", "pieter")), new Dialogue(on("2023-05-01"), Set.of("kees", "noor", "ayse"))));

    assertThat(ProgrammeMonitor.counts(facts, Period.year(2024))).containsExactly(
        Figure.count("Panelgesprekken gevoerd in 2024", 1),
        Figure.count("Panelgesprekken gevoerd sinds de start (t/m 2024)", 2),
        Figure.count("Trainingen en leerinterventies", 2),
        Figure.people("Deelnemers aan leerinterventies", 13),
        Figure.people("Deelnemers pilot Inclusief Leiderschap", 3),
        new Figure("Leadershipfacts-trajecten gestart", null, "minder dan 3"),
        Figure.count("Leadershipfacts-trajecten afgerond", 0),
        Figure.count("Dialogen met de wethouder gevoerd", 2),
        Figure.people("Leidinggevenden bereikt met de dialogen", 4));
  }

  @Test
  void aDirectorateWithoutAnyConversationStillCounts() {
    assertThat(ProgrammeMonitor.statusAt(panel(List.of()), Period.year(2024))).hasSize(16)
        .allMatch(status -> !status.actionPlan() && status.rounds().isEmpty());
  }
}
