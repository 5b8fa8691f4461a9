package nl.amsterdam.inclusion.leadershipfacts;

import java.time.LocalDate;

import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The price of one trajectory: {@link PartnerPrice} for the day the engine started it (never a variable). */
@Component("leadershipfactsPrices")
public class TrajectoryPrices {

  private final HistoryService historyService;

  public TrajectoryPrices(HistoryService historyService) {
    this.historyService = historyService;
  }

  public PartnerPrice.Quote quote(DelegateExecution execution) {
    LocalDate started = LocalDate.ofInstant(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).singleResult().getStartTime().toInstant(), CityTime.ZONE);
    return PartnerPrice.quote(started);
  }

  /** What the leader's confirmation and Bureau I&D's approval show. */
  public String text(DelegateExecution execution) {
    return quote(execution).text();
  }
}
