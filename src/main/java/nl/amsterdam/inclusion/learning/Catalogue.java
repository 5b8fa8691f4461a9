package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The learning offer and its providers, kept in the database (seeded from the 2024 appendix). */
@Repository
public class Catalogue {

  public record Provider(String id, String name, boolean evidenceBased) {
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

  public List<Provider> providers() {
    return jdbc.query("SELECT id, name, evidence_based FROM app_provider ORDER BY name",
        (rs, i) -> new Provider(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
  }

  public List<Provider> evidenceBasedProviders() {
    return providers().stream().filter(Provider::evidenceBased).toList();
  }

  public Optional<Provider> provider(String id) {
    return providers().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public void saveProvider(Provider provider) {
    if (jdbc.update("UPDATE app_provider SET name = ?, evidence_based = ? WHERE id = ?",
        provider.name(), provider.evidenceBased(), provider.id()) == 0) {
      jdbc.update("INSERT INTO app_provider (id, name, evidence_based) VALUES (?, ?, ?)",
          provider.id(), provider.name(), provider.evidenceBased());
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
