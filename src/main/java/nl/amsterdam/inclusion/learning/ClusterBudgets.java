package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning budget per cluster and year. Reservations (at approval) and bookings (actual cost)
 * can never take it below zero: each change first locks the budget row ({@code FOR UPDATE}), so
 * concurrent approvals for one cluster are serialised by the database and the second sees the
 * first's claim. Runs in the caller's transaction (the engine's), so a claim and the process step
 * that made it commit or roll back together. A claim belongs to the case (process instance) that made
 * it: no other case can change or release it, even one that names the same request reference.
 */
@Service
public class ClusterBudgets {

  public record Status(String cluster, int year, BigDecimal amount, BigDecimal claimed, BigDecimal available) {
  }

  static final String RESERVED = "RESERVED";
  static final String BOOKED = "BOOKED";

  private final JdbcTemplate jdbc;

  public ClusterBudgets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Insufficient budget is a business outcome: it must not doom the caller's (the engine's) transaction. */
  @Transactional(noRollbackFor = InsufficientBudgetException.class)
  public void reserve(String reference, String cluster, int year, BigDecimal amount, String processInstanceId) {
    claim(reference, cluster, year, amount, RESERVED, processInstanceId);
  }

  /** Replaces the request's reservation by its actual cost. */
  @Transactional(noRollbackFor = InsufficientBudgetException.class)
  public void book(String reference, String cluster, int year, BigDecimal actualCost, String processInstanceId) {
    claim(reference, cluster, year, actualCost, BOOKED, processInstanceId);
  }

  /** Gives the case's reservation back (request withdrawn); a booked cost stays. */
  @Transactional
  public void release(String reference, String processInstanceId) {
    jdbc.update("DELETE FROM app_budget_claim WHERE request_reference = ? AND process_instance_id = ? AND status = ?",
        reference, processInstanceId, RESERVED);
  }

  private void claim(String reference, String cluster, int year, BigDecimal amount, String status, String processInstanceId) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("Amount must not be negative");
    }
    BigDecimal budget = lockBudget(cluster, year);
    List<String> owner = jdbc.queryForList("SELECT process_instance_id FROM app_budget_claim WHERE request_reference = ?",
        String.class, reference);
    if (!owner.isEmpty() && !owner.get(0).equals(processInstanceId)) {
      throw new IllegalStateException("Request reference " + reference + " is claimed by another case");
    }
    BigDecimal claimedByOthers = jdbc.queryForObject(
        "SELECT COALESCE(SUM(amount), 0) FROM app_budget_claim WHERE cluster = ? AND budget_year = ? AND process_instance_id <> ?",
        BigDecimal.class, cluster, year, processInstanceId);
    BigDecimal available = budget.subtract(claimedByOthers);
    if (amount.compareTo(available) > 0) {
      throw new InsufficientBudgetException(cluster, year, amount, available);
    }
    Timestamp now = Timestamp.from(CityTime.instant());
    if (owner.isEmpty()) {
      jdbc.update("INSERT INTO app_budget_claim (request_reference, cluster, budget_year, amount, status, process_instance_id, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", reference, cluster, year, amount, status, processInstanceId, now);
    } else {
      jdbc.update("UPDATE app_budget_claim SET amount = ?, status = ?, updated_at = ? WHERE request_reference = ?"
          + " AND process_instance_id = ?", amount, status, now, reference, processInstanceId);
    }
  }

  private BigDecimal lockBudget(String cluster, int year) {
    List<BigDecimal> budget = jdbc.queryForList(
        "SELECT amount FROM app_cluster_budget WHERE cluster = ? AND budget_year = ? FOR UPDATE",
        BigDecimal.class, cluster, year);
    if (budget.isEmpty()) {
      throw new InsufficientBudgetException(cluster, year, BigDecimal.ONE, BigDecimal.ZERO);
    }
    return budget.get(0);
  }

  public Status status(String cluster, int year) {
    List<BigDecimal> amount = jdbc.queryForList(
        "SELECT amount FROM app_cluster_budget WHERE cluster = ? AND budget_year = ?", BigDecimal.class, cluster, year);
    BigDecimal budget = amount.isEmpty() ? BigDecimal.ZERO : amount.get(0);
    BigDecimal claimed = jdbc.queryForObject(
        "SELECT COALESCE(SUM(amount), 0) FROM app_budget_claim WHERE cluster = ? AND budget_year = ?",
        BigDecimal.class, cluster, year);
    return new Status(cluster, year, budget, claimed, budget.subtract(claimed));
  }

  public List<Status> all() {
    return jdbc.query("SELECT cluster, budget_year FROM app_cluster_budget ORDER BY budget_year, cluster",
        (rs, i) -> status(rs.getString(1), rs.getInt(2)));
  }

  /** Sets a cluster's budget for a year; never below what is already claimed. */
  @Transactional
  public Status setBudget(String cluster, int year, BigDecimal amount) {
    BigDecimal claimed = status(cluster, year).claimed();
    if (amount.compareTo(claimed) < 0) {
      throw new IllegalArgumentException("Budget mag niet lager zijn dan wat al is toegezegd (" + claimed.toPlainString() + ")");
    }
    if (jdbc.update("UPDATE app_cluster_budget SET amount = ? WHERE cluster = ? AND budget_year = ?", amount, cluster, year) == 0) {
      jdbc.update("INSERT INTO app_cluster_budget (cluster, budget_year, amount) VALUES (?, ?, ?)", cluster, year, amount);
    }
    return status(cluster, year);
  }
}
