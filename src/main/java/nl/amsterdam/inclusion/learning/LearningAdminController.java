package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Maintenance of the learning catalogue, providers and cluster budgets. Everyone signed in may read
 * the catalogue; budgets are for account managers and Bureau I&D to read; changes are for
 * administrators ({@code camunda-admin}).
 */
@RestController
@RequestMapping("/api/learning")
public class LearningAdminController {

  /** A provider and its evidence basis; "bewezen effectief" (PROVEN) needs the reference that shows it. */
  public record ProviderChange(@NotBlank @Size(max = 200) String name, @NotNull Catalogue.Evidence evidenceStatus,
      @Size(max = 500) String evidenceReference) {
  }

  public record ItemChange(@NotBlank @Size(max = 300) String title, @Size(max = 50) String providerId,
      @NotNull @Pattern(regexp = "OPEN|IN_DEVELOPMENT") String status, @NotBlank @Size(max = 200) String schedule) {
  }

  public record BudgetChange(@NotNull @DecimalMin("0") BigDecimal amount) {
  }

  private final Catalogue catalogue;
  private final ClusterBudgets budgets;
  private final CurrentUser currentUser;

  public LearningAdminController(Catalogue catalogue, ClusterBudgets budgets, CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.budgets = budgets;
    this.currentUser = currentUser;
  }

  @GetMapping("/catalogue")
  public List<Catalogue.Item> catalogue() {
    return catalogue.items();
  }

  @PutMapping("/catalogue/{id}")
  public Catalogue.Item saveItem(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,50}") String id,
      @Valid @RequestBody ItemChange change) {
    currentUser.requireAnyGroup(Groups.CAMUNDA_ADMIN);
    if (change.providerId() != null && catalogue.provider(change.providerId()).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Onbekende aanbieder " + change.providerId());
    }
    Catalogue.Item item = new Catalogue.Item(id, change.title(), change.providerId(), change.status(), change.schedule());
    catalogue.saveItem(item);
    return item;
  }

  @GetMapping("/providers")
  public List<Catalogue.Provider> providers() {
    return catalogue.providers();
  }

  @PutMapping("/providers/{id}")
  public Catalogue.Provider saveProvider(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,50}") String id,
      @Valid @RequestBody ProviderChange change) {
    currentUser.requireAnyGroup(Groups.CAMUNDA_ADMIN);
    String reference = change.evidenceReference() == null || change.evidenceReference().isBlank() ? null
        : change.evidenceReference().trim();
    if (change.evidenceStatus() == Catalogue.Evidence.PROVEN && reference == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Bewezen effectief vraagt een verwijzing naar het onderzoek of de evaluatie (evidenceReference)");
    }
    Catalogue.Provider provider = new Catalogue.Provider(id, change.name(), change.evidenceStatus(), reference);
    catalogue.saveProvider(provider);
    return provider;
  }

  @GetMapping("/budgets")
  public List<ClusterBudgets.Status> budgets() {
    currentUser.requireAnyGroup(Groups.CAMUNDA_ADMIN, Groups.ACCOUNT_MANAGERS, Groups.ID_BUREAU);
    return budgets.all();
  }

  @PutMapping("/budgets/{cluster}/{year}")
  public ClusterBudgets.Status setBudget(@PathVariable String cluster, @PathVariable int year,
      @Valid @RequestBody BudgetChange change) {
    currentUser.requireAnyGroup(Groups.CAMUNDA_ADMIN);
    if (Cluster.fromCode(cluster).isEmpty() || year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Onbekend cluster of jaar: " + cluster + " " + year);
    }
    return budgets.setBudget(cluster, year, change.amount());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public String refused(IllegalArgumentException e) {
    return e.getMessage();
  }
}
