package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.sql.Timestamp;

import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;
import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** Records the trajectory's price ({@link PartnerPrice}) in the ledger Bureau I&D reads. */
@Component("recordLeadershipfactsCost")
public class RecordCostDelegate implements JavaDelegate {

  private final JdbcTemplate jdbc;
  private final TrajectoryPrices prices;

  public RecordCostDelegate(JdbcTemplate jdbc, TrajectoryPrices prices) {
    this.jdbc = jdbc;
    this.prices = prices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartnerPrice.Quote quote = prices.quote(execution);
    String category = quote.category();
    BigDecimal cost = quote.total();
    execution.setVariable(PRICE_CATEGORY, category);
    execution.setVariable(COST_PER_YEAR, cost.doubleValue());
    jdbc.update("DELETE FROM app_leadershipfacts_cost WHERE process_instance_id = ?", execution.getProcessInstanceId());
    jdbc.update("INSERT INTO app_leadershipfacts_cost (process_instance_id, leader_id, leader_name, price_category, amount, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", execution.getProcessInstanceId(), execution.getVariable(LEADER_ID),
        execution.getVariable(LEADER_NAME), category, cost, Timestamp.from(CityTime.instant()));
  }
}
