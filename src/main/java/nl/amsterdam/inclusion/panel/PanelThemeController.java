package nl.amsterdam.inclusion.panel;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The theme list of the growth panel: everyone signed in reads it, administrators and the moderator extend it. */
@RestController
@RequestMapping("/api/panel/themes")
public class PanelThemeController {

  public record ThemeChange(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String origin,
      @NotNull Boolean active) {
  }

  private final PanelThemes themes;
  private final CurrentUser currentUser;

  public PanelThemeController(PanelThemes themes, CurrentUser currentUser) {
    this.themes = themes;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<PanelThemes.Theme> themes() {
    return themes.all();
  }

  @PutMapping("/{id}")
  public PanelThemes.Theme save(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,50}") String id,
      @Valid @RequestBody ThemeChange change) {
    currentUser.requireAnyGroup(Groups.CAMUNDA_ADMIN, Groups.PANEL_MODERATOR);
    PanelThemes.Theme theme = new PanelThemes.Theme(id, change.name(), change.origin(), change.active());
    themes.save(theme);
    return theme;
  }
}
