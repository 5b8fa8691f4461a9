package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import nl.amsterdam.inclusion.pilot.GroupFormation.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupFormationTest {

  private static List<Candidate> candidates(int count, String... directorates) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Candidate("case-" + i, directorates[i % directorates.length])).toList();
  }

  @ParameterizedTest(name = "{0} candidates, target {1}: {2}")
  @CsvSource({
      "10, 5, '5,5'",
      "11, 5, '6,5'",
      "12, 5, '6,6'",
      "13, 5, '5,4,4'",
      "3, 5, '3'",
      "5, 5, '5'",
      "7, 5, '7'",
      "8, 5, '4,4'",
      "8, 3, '4,4'",
      "9, 3, '3,3,3'"})
  void formsGroupsOfAboutTheTargetSize(int count, int target, String expectedSizes) {
    List<List<Candidate>> groups = GroupFormation.formGroups(candidates(count, "A", "B", "C"), target);

    List<Integer> sizes = groups.stream().map(List::size).toList();
    List<Integer> expected = new ArrayList<>();
    for (String size : expectedSizes.split(",")) {
      expected.add(Integer.parseInt(size));
    }
    assertThat(sizes).containsExactlyElementsOf(expected);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
    assertThat(sizes).allMatch(size -> size >= PilotProcess.MIN_GROUP_SIZE);
  }

  @Test
  void spreadsEachDirectorateOverTheGroups() {
    List<Candidate> candidates = new ArrayList<>(candidates(4, "Sociaal Domein"));
    candidates.addAll(candidates(4, "Ruimte"));
    candidates.add(new Candidate("case-x", "Wonen"));
    candidates.add(new Candidate("case-y", "wonen "));

    List<List<Candidate>> groups = GroupFormation.formGroups(candidates, 5);

    assertThat(groups).hasSize(2);
    for (List<Candidate> group : groups) {
      assertThat(group.stream().filter(c -> c.directorate().equals("Sociaal Domein")).count()).isEqualTo(2);
      assertThat(group.stream().filter(c -> c.directorate().equals("Ruimte")).count()).isEqualTo(2);
      assertThat(group.stream().filter(c -> c.directorate().trim().equalsIgnoreCase("wonen")).count()).isEqualTo(1);
    }
  }

  @Test
  void fewerThanThreeCandidatesMakeNoGroup() {
    assertThat(GroupFormation.formGroups(candidates(2, "A"), 5)).isEmpty();
    assertThat(GroupFormation.formGroups(List.of(), 5)).isEmpty();
  }

  @Test
  void refusesATargetBelowTheMinimumGroupSize() {
    assertThatThrownBy(() -> GroupFormation.formGroups(candidates(6, "A"), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
