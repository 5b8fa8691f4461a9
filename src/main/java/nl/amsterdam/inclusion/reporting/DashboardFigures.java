package nl.amsterdam.inclusion.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The process owner's figures, computed on request from the engine's history and the application's
 * own tables, so they can never drift from the cases. Aggregates only: no names, no case content.
 * Each process computes its own part ({@link DashboardSection}); this class only assembles the page.
 */
@Service
public class DashboardFigures {

  public record Funnel(String cohort, List<Integer> counts) {
  }

  public record Conversation(int round, String directorate, String status) {
  }

  public record Budget(String cluster, BigDecimal amount, BigDecimal claimed, BigDecimal available) {
  }

  /** The JSON {@code static/dashboard/dashboard.js} reads from {@code /dashboard/figures}. */
  public record Figures(List<String> pilotStages, List<Funnel> pilotFunnel,
      List<String> panelStages, List<Conversation> panelConversations, Map<String, Integer> panelThemes,
      Map<String, Map<String, Integer>> learningRequests, List<Budget> learningBudgets,
      Map<String, Integer> overdueTasks, Map<String, Integer> dialogueSignUps) {
  }

  /** The page while the sections fill it in; a part no section fills stays empty. */
  public static final class Page {
    private List<String> pilotStages = List.of();
    private List<Funnel> pilotFunnel = List.of();
    private List<String> panelStages = List.of();
    private List<Conversation> panelConversations = List.of();
    private Map<String, Integer> panelThemes = Map.of();
    private Map<String, Map<String, Integer>> learningRequests = Map.of();
    private List<Budget> learningBudgets = List.of();
    private Map<String, Integer> overdueTasks = Map.of();
    private Map<String, Integer> dialogueSignUps = Map.of();

    public void pilot(List<String> stages, List<Funnel> funnel) {
      pilotStages = stages;
      pilotFunnel = funnel;
    }

    public void panel(List<String> stages, List<Conversation> conversations, Map<String, Integer> themes) {
      panelStages = stages;
      panelConversations = conversations;
      panelThemes = themes;
    }

    public void learning(Map<String, Map<String, Integer>> requests, List<Budget> budgets) {
      learningRequests = requests;
      learningBudgets = budgets;
    }

    public void overdueTasks(Map<String, Integer> perRole) {
      overdueTasks = perRole;
    }

    public void dialogueSignUps(Map<String, Integer> perSession) {
      dialogueSignUps = perSession;
    }

    Figures figures() {
      return new Figures(pilotStages, pilotFunnel, panelStages, panelConversations, panelThemes, learningRequests,
          learningBudgets, overdueTasks, dialogueSignUps);
    }
  }

  private final List<DashboardSection> sections;

  public DashboardFigures(List<DashboardSection> sections) {
    this.sections = sections;
  }

  public Figures compute() {
    Page page = new Page();
    sections.forEach(section -> section.addTo(page));
    return page.figures();
  }
}
