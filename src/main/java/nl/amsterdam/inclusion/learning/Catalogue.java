package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The learning offer and its providers, kept in the database (seeded from the 2024 appendix). */
@Repository
public class Catalogue {

  /**
   * A provider and what its evidence basis is: a status and a reference to the research or evaluation it rests on.
   */
  public record Provider(String id, String name, Evidence evidenceStatus, String evidenceReference) {

    /** Only a proven provider with a reference to what proves it is evidence-based: the one kind custom work uses. */
    @JsonProperty("evidenceBased")
    public boolean evidenceBased() {
      return evidenceStatus == Evidence.PROVEN && evidenceReference != null && !evidenceReference.isBlank();
    }
  }

  /** How far a provider's effect is shown (seed 001: the fixed offer is tested, the offer in development not yet). */
  public enum Evidence {
    PROVEN("bewezen effectief"),
    IN_DEVELOPMENT("in ontwikkeling"),
    NONE("geen onderbouwing");

    /** As the forms and messages name it. */
    public final String dutchName;

    Evidence(String dutchName) {
      this.dutchName = dutchName;
    }
  }

  public record Item(String id, String title, String providerId, String status, String schedule) {
  }

  public static final String OPEN = "OPEN";
  public static final String IN_DEVELOPMENT = "IN_DEVELOPMENT";

  private final JdbcTemplate jdbc;

  public Catalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Item> items() {
    return jdbc.query("SELECT id, title, provider_id, status, schedule FROM app_catalogue_item ORDER BY status, title",
        (rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
  }

  public List<Item> openOffer() {
    return items().stream().filter(item -> item.status().equals(OPEN)).toList();
  }

  /** The offer in development: not yet in the open offer, yet requestable on request (seed 001, bijlage). */
  public List<Item> developmentOffer() {
    return items().stream().filter(item -> item.status().equals(IN_DEVELOPMENT)).toList();
  }

  public Optional<Item> item(String id) {
    return items().stream().filter(item -> item.id().equals(id)).findFirst();
  }

  public List<Provider> providers() {
    return jdbc.query("SELECT id, name, evidence_status, evidence_reference FROM app_provider ORDER BY name",
        (rs, i) -> new Provider(rs.getString(1), rs.getString(2), Evidence.valueOf(rs.getString(3)), rs.getString(4)));
  }

  public List<Provider> evidenceBasedProviders() {
    return providers().stream().filter(Provider::evidenceBased).toList();
  }

  public Optional<Provider> provider(String id) {
    return providers().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public void saveProvider(Provider provider) {
    if (jdbc.update("UPDATE app_provider SET name = ?, evidence_status = ?, evidence_reference = ? WHERE id = ?",
        provider.name(), provider.evidenceStatus().name(), provider.evidenceReference(), provider.id()) == 0) {
      jdbc.update("INSERT INTO app_provider (id, name, evidence_status, evidence_reference) VALUES (?, ?, ?, ?)",
          provider.id(), provider.name(), provider.evidenceStatus().name(), provider.evidenceReference());
    }
  }

  public void saveItem(Item item) {
    if (jdbc.update("UPDATE app_catalogue_item SET title = ?, provider_id = ?, status = ?, schedule = ? WHERE id = ?",
        item.title(), item.providerId(), item.status(), item.schedule(), item.id()) == 0) {
      jdbc.update("INSERT INTO app_catalogue_item (id, title, provider_id, status, schedule) VALUES (?, ?, ?, ?, ?)",
          item.id(), item.title(), item.providerId(), item.status(), item.schedule());
    }
  }
}
