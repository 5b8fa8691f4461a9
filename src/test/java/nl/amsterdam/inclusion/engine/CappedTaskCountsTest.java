package nl.amsterdam.inclusion.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Tasklist's task count stops, for the page shown. */
class CappedTaskCountsTest {

  @Test
  void theFirstPagesCountToOneMoreThanAThousand() {
    assertThat(CappedTaskCounts.limitFor(0, 15)).isEqualTo(1_001);
    assertThat(CappedTaskCounts.limitFor(960, 15)).isEqualTo(1_001);
  }

  @Test
  void aPageThatReachesTheCapMovesItToTheNextThousand() {
    assertThat(CappedTaskCounts.limitFor(975, 15)).as("tasks 976-990").isEqualTo(1_001);
    assertThat(CappedTaskCounts.limitFor(990, 15)).as("tasks 991-1005: beyond 1,000").isEqualTo(2_001);
    assertThat(CappedTaskCounts.limitFor(985, 15)).as("tasks 986-1000: a next page must show").isEqualTo(2_001);
    assertThat(CappedTaskCounts.limitFor(59_990, 15)).isEqualTo(61_001);
  }

  @Test
  void oddRequestsStillGetASensibleLimit() {
    assertThat(CappedTaskCounts.limitFor(-5, -1)).isEqualTo(1_001);
    assertThat(CappedTaskCounts.limitFor(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aCapHoldsOnlyWithinItsScopeAndRestoresAnOuterOne() {
    assertThat(CappedTaskCounts.limit()).isNull();
    try (CappedTaskCounts.Scope outer = CappedTaskCounts.countingUpTo(0, 15)) {
      try (CappedTaskCounts.Scope inner = CappedTaskCounts.countingUpTo(1_990, 15)) {
        assertThat(CappedTaskCounts.limit()).isEqualTo(3_001);
      }
      assertThat(CappedTaskCounts.limit()).isEqualTo(1_001);
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
