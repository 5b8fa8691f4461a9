package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget guarantee under concurrency, on the real database (H2 and PostgreSQL runs). */
class ClusterBudgetsIntegrationTest extends ProcessTestCase {

  private static final int YEAR = 2031;

  @Autowired ClusterBudgets budgets;

  @BeforeEach
  void aSmallBudget() {
    jdbc.update("DELETE FROM app_budget_claim WHERE budget_year = ?", YEAR);
    budgets.setBudget("bestuur", YEAR, new BigDecimal("1000"));
  }

  @Test
  void concurrentApprovalsNeverReserveMoreThanTheBudget() throws Exception {
    int approvals = 8;
    ExecutorService threads = Executors.newFixedThreadPool(approvals);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < approvals; i++) {
      String reference = "LV-" + YEAR + "-" + i;
      Callable<Boolean> approve = () -> {
        start.await();
        try {
          budgets.reserve(reference, "bestuur", YEAR, new BigDecimal("300"), "case-" + reference);
          return true;
        } catch (InsufficientBudgetException refused) {
          return false;
        }
      };
      results.add(threads.submit(approve));
    }
    start.countDown();
    int granted = 0;
    for (Future<Boolean> result : results) {
      granted += result.get() ? 1 : 0;
    }
    threads.shutdown();

    assertThat(granted).as("three reservations of 300 fit in 1000, a fourth does not").isEqualTo(3);
    assertThat(budgets.status("bestuur", YEAR).claimed()).isEqualByComparingTo("900");
    assertThat(budgets.status("bestuur", YEAR).available()).isEqualByComparingTo("100");
  }

  @Test
  void aBookingReplacesTheReservationAndAReleaseGivesItBack() {
    budgets.reserve("LV-A", "bestuur", YEAR, new BigDecimal("600"), "case-a");
    budgets.reserve("LV-B", "bestuur", YEAR, new BigDecimal("300"), "case-b");
    budgets.book("LV-A", "bestuur", YEAR, new BigDecimal("700"), "case-a");

    assertThat(budgets.status("bestuur", YEAR).claimed()).isEqualByComparingTo("1000");
    assertThatThrownBy(() -> budgets.book("LV-B", "bestuur", YEAR, new BigDecimal("301"), "case-b"))
        .isInstanceOf(InsufficientBudgetException.class);
    budgets.release("LV-B", "case-b");
    budgets.release("LV-A", "case-a"); // booked: stays
    assertThat(budgets.status("bestuur", YEAR).claimed()).isEqualByComparingTo("700");
    assertThatThrownBy(() -> budgets.setBudget("bestuur", YEAR, new BigDecimal("699")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherCaseNamingTheSameReferenceCanNeitherChangeNorReleaseTheClaim() {
    budgets.reserve("LV-C", "bestuur", YEAR, new BigDecimal("400"), "case-c");

    assertThatThrownBy(() -> budgets.reserve("LV-C", "bestuur", YEAR, BigDecimal.ZERO, "attacker-case"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> budgets.book("LV-C", "bestuur", YEAR, BigDecimal.ZERO, "attacker-case"))
        .isInstanceOf(IllegalStateException.class);
    budgets.release("LV-C", "attacker-case");

    assertThat(budgets.status("bestuur", YEAR).claimed()).isEqualByComparingTo("400");
  }
}
