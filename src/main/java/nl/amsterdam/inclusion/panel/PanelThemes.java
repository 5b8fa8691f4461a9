package nl.amsterdam.inclusion.panel;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The list of themes moderators tag reports with: the seed's themes, extensible by administrators. */
@Repository
public class PanelThemes {

  public record Theme(String id, String name, String origin, boolean active) {
  }

  private final JdbcTemplate jdbc;

  public PanelThemes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Theme> all() {
    return jdbc.query("SELECT id, name, origin, active FROM app_panel_theme ORDER BY origin, name",
        (rs, i) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
  }

  public List<Theme> active() {
    return all().stream().filter(Theme::active).toList();
  }

  public void save(Theme theme) {
    if (jdbc.update("UPDATE app_panel_theme SET name = ?, origin = ?, active = ? WHERE id = ?",
        theme.name(), theme.origin(), theme.active(), theme.id()) == 0) {
      jdbc.update("INSERT INTO app_panel_theme (id, name, origin, active) VALUES (?, ?, ?, ?)",
          theme.id(), theme.name(), theme.origin(), theme.active());
    }
  }
}
