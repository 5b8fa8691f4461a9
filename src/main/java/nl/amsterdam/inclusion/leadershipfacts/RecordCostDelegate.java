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

/** Pilot participants pay the pilot-partner price, everyone else the normal price; Bureau I&D sees the ledger. */
@Component("recordLeadershipfactsCost")
public class RecordCostDelegate implements JavaDelegate {

  private final JdbcTemplate jdbc;

  public RecordCostDelegate(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean pilotPartner = ORIGIN_PILOT.equals(execution.getVariable(ORIGIN));
    String category = pilotPartner ? PILOT_PARTNER : NORMAL;
    BigDecimal cost = pilotPartner ? PILOT_PARTNER_PRICE : NORMAL_PRICE;
    execution.setVariable(PRICE_CATEGORY, category);
    execution.setVariable(COST_PER_YEAR, cost.doubleValue());
    jdbc.update("DELETE FROM app_leadershipfacts_cost WHERE process_instance_id = ?", execution.getProcessInstanceId());
    jdbc.update("INSERT INTO app_leadershipfacts_cost (process_instance_id, leader_id, leader_name, price_category, amount, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", execution.getProcessInstanceId(), execution.getVariable(LEADER_ID),
        execution.getVariable(LEADER_NAME), category, cost, Timestamp.from(CityTime.instant()));
  }
}
