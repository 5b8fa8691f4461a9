package nl.amsterdam.inclusion.reporting;

/**
 * One process's part of the process owner's dashboard. Each section knows its own process's element ids and
 * variables; {@link DashboardFigures} only collects the sections (every Spring bean of this type).
 */
public interface DashboardSection {

  /** Computes this section's figures from the engine and puts them on the page. */
  void addTo(DashboardFigures.Page page);
}
