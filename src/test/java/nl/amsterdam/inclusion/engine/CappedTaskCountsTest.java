package nl.amsterdam.inclusion.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Tasklist's task count stops, for the page shown. */
class CappedTaskCountsTest {

  @Test
  void theFirstPagesCountToOneMoreThanAHundred() {
    assertThat(CappedTaskCounts.limitFor(0, 15)).isEqualTo(101);
    assertThat(CappedTaskCounts.limitFor(60, 15)).isEqualTo(101);
  }

  @Test
  void aPageThatReachesTheCapMovesItToTheNextHundred() {
    assertThat(CappedTaskCounts.limitFor(75, 15)).as("tasks 76-90").isEqualTo(101);
    assertThat(CappedTaskCounts.limitFor(90, 15)).as("tasks 91-105: beyond 100").isEqualTo(201);
    assertThat(CappedTaskCounts.limitFor(85, 15)).as("tasks 86-100: a next page must show").isEqualTo(201);
    assertThat(CappedTaskCounts.limitFor(59_990, 15)).isEqualTo(60_101);
  }

  @Test
  void oddRequestsStillGetASensibleLimit() {
    assertThat(CappedTaskCounts.limitFor(-5, -1)).isEqualTo(101);
    assertThat(CappedTaskCounts.limitFor(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aCapHoldsOnlyWithinItsScopeAndRestoresAnOuterOne() {
    assertThat(CappedTaskCounts.limit()).isNull();
    try (CappedTaskCounts.Scope outer = CappedTaskCounts.countingUpTo(0, 15)) {
      try (CappedTaskCounts.Scope inner = CappedTaskCounts.countingUpTo(1_990, 15)) {
        assertThat(CappedTaskCounts.limit()).isEqualTo(2_101);
      }
      assertThat(CappedTaskCounts.limit()).isEqualTo(101);
    }
    assertThat(CappedTaskCounts.limit()).isNull();
  }

  @Test
  void aPageWithFewerTasksThanAskedForTellsTheTotal() {
    try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(0, 15)) {
      CappedTaskCounts.pageListed(0, 15, 4);
      assertThat(CappedTaskCounts.totalFromPage()).isEqualTo(4);
      CappedTaskCounts.pageListed(0, 15, 0);
      assertThat(CappedTaskCounts.totalFromPage()).as("an empty filter").isZero();
      CappedTaskCounts.pageListed(990, 15, 3);
      assertThat(CappedTaskCounts.totalFromPage()).isEqualTo(993);
    }
  }

  @Test
  void aFullPageOrOneBeyondTheEndTellsNothing() {
    try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(15, 15)) {
      CappedTaskCounts.pageListed(15, 15, 15);
      assertThat(CappedTaskCounts.totalFromPage()).as("more may follow").isNull();
      CappedTaskCounts.pageListed(0, 15, 4);
      CappedTaskCounts.pageListed(3_000, 15, 0);
      assertThat(CappedTaskCounts.totalFromPage()).as("past the end: the total is unknown, not 3,000").isNull();
    }
    CappedTaskCounts.pageListed(0, 15, 4);
    assertThat(CappedTaskCounts.totalFromPage()).as("outside a cap nothing is kept").isNull();
  }
}
