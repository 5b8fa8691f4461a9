package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Leadershipfacts cost ledger for Bureau I&D: who, which price, how much (nothing of the analyses). */
@RestController
public class LeadershipfactsCostController {

  public record Cost(String leaderName, String priceCategory, BigDecimal amount, Timestamp recordedAt) {
  }

  private final JdbcTemplate jdbc;
  private final CurrentUser currentUser;

  public LeadershipfactsCostController(JdbcTemplate jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/leadershipfacts/costs")
  public List<Cost> costs() {
    currentUser.requireAnyGroup(Groups.ID_BUREAU, Groups.CAMUNDA_ADMIN);
    return jdbc.query("SELECT leader_name, price_category, amount, recorded_at FROM app_leadershipfacts_cost ORDER BY recorded_at",
        (rs, i) -> new Cost(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getTimestamp(4)));
  }
}
