package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Task counts that stop at the next hundred, for Tasklist's task list.
 *
 * <p>Problem: Tasklist asks for the count of the open filter with every page it shows, and again on every refresh.
 * An exact count visits every task the filter could show and checks the user's grants for each: at 100,000 open
 * tasks the shared filters' counts took 113 ms (10,000 tasks) to 498 ms (60,000) at p95, for a figure that only
 * tells Tasklist whether there is a next page and the user roughly how much work is waiting.
 *
 * <p>Fix: within {@link #countingUpTo} (which {@link TasklistCountCap} uses for Tasklist's list requests) the
 * engine's task count stops once it has found more tasks than the next hundred beyond the page shown: a filter
 * with 60,000 tasks counts 101 on its first pages, which Tasklist's {@code scripts/capped-counts.js} shows as
 * "100+". Paging on past task 100 moves the cap to 200, so every task stays reachable. The authorization
 * check is Camunda's own: the capped statement wraps Camunda's task query unchanged. Everywhere else
 * ({@code /engine-rest}, Cockpit, the application) counts stay exact. Within a cap, a count that follows a page
 * with fewer tasks than asked for is taken from that page ({@link CountFromPage}): most filters of most users fit in
 * one page, and Tasklist asks for the same filter's page and count in one request.
 *
 * <p>Measured (docs/benchmarks.md, section 2 and the fourth and fifth passes): the pilot filter's count at 60,000
 * tasks from 868 to 38 ms (p50) with a cap at 1,000. That capped count still checked the grants of 1,001 tasks, about
 * 20-25 microseconds each, so the cap is now at 100. With the limit PostgreSQL prefers plans that stream: an empty
 * filter's count went from 52 to 88 ms, which {@link CountFromPage} takes back (5 ms: no count query).
 */
@Component
public class CappedTaskCounts extends AbstractProcessEnginePlugin {

  /** Counts stop at a multiple of this, plus one to tell "more than". */
  public static final int STEP = 100;
  /** Camunda's task page and task count statements, which the engine package's interceptors recognise. */
  static final String TASK_PAGE = "selectTaskByQueryCriteria";
  static final String TASK_COUNT = "selectTaskCountByQueryCriteria";
  static final String CAPPED_TASK_COUNT = "selectTaskCountByQueryCriteriaCapped";
  private static final String MAPPER = "nl/amsterdam/inclusion/engine/capped-task-counts.xml";
  private static final ThreadLocal<Cap> CAP = new ThreadLocal<>();

  /** This thread's cap: the limit, and the total a page that was not full showed (null if none did). */
  private static final class Cap {
    final int limit;
    Long totalFromPage;

    Cap(int limit) {
      this.limit = limit;
    }
  }

  /**
   * How many tasks a count for the page from {@code firstResult} finds at most: the next multiple of {@link #STEP}
   * beyond the page's last task, plus one. A count of that size means "more than" the multiple.
   */
  public static int limitFor(int firstResult, int maxResults) {
    long pageEnd = Math.max(0L, firstResult) + Math.max(0L, maxResults);
    long cap = (pageEnd / STEP + 1) * STEP;
    return (int) Math.min(cap + 1, Integer.MAX_VALUE);
  }

  /**
   * Caps this thread's task counts at {@link #limitFor} the page until the returned scope is closed:
   * {@code try (var cap = CappedTaskCounts.countingUpTo(0, 15)) { ... }}.
   */
  public static Scope countingUpTo(int firstResult, int maxResults) {
    Cap outer = CAP.get();
    CAP.set(new Cap(limitFor(firstResult, maxResults)));
    return () -> {
      if (outer == null) {
        CAP.remove();
      } else {
        CAP.set(outer);
      }
    };
  }

  /** Ends a {@link #countingUpTo} cap: the counts are as before it. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** The limit of this thread's task counts, or null for an exact count; read by the capped statement. */
  public static Integer limit() {
    Cap cap = CAP.get();
    return cap == null ? null : cap.limit;
  }

  /**
   * Within a cap, records the page of tasks just listed. A page with fewer tasks than asked for, which starts at the
   * first task or shows at least one, tells the total: no count query is needed for it.
   */
  static void pageListed(int firstResult, int maxResults, int shown) {
    Cap cap = CAP.get();
    if (cap != null) {
      boolean complete = shown < maxResults && (shown > 0 || firstResult == 0);
      cap.totalFromPage = complete ? Long.valueOf((long) firstResult + shown) : null;
    }
  }

  /** Within a cap, the total the last page listed told, or null when a count must ask the database. */
  static Long totalFromPage() {
    Cap cap = CAP.get();
    return cap == null ? null : cap.totalFromPage;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    OwnStatements.add(configuration, MAPPER);
    OwnStatements.replace(configuration, TASK_COUNT, CAPPED_TASK_COUNT);
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new CountFromPage());
  }
}
