package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.form.EuroAmounts;

/**
 * The price of a Leadershipfacts trajectory per participant per year, by the rule of seed 000's
 * "Interesse Leadershipfacts, voorstel pilot partner": use of Leadershipfacts (2x a year) €800 and
 * two personal consults €1,600, €2,400 in all; pilot partners get 50% off each part, €1,200 in all,
 * "exclusief voor gemeenten die deelnemen aan de pilot in 2025". The discount belongs to the city as
 * a pilot partner in that year, so it depends on the year the trajectory starts, not on how the
 * leader came to it.
 */
public final class PartnerPrice {

  /** The years the city takes part in the Leadershipfacts pilot (the seed's offer is for 2025). */
  public static final List<Year> PILOT_PARTNER_YEARS = List.of(Year.of(2025));

  public record Part(String name, BigDecimal normalPrice, BigDecimal price) {
  }

  public record Quote(String category, List<Part> parts, BigDecimal total) {

    /** Dutch, for the leader's confirmation and Bureau I&D's approval. */
    public String text() {
      String lines = parts.stream().map(p -> "- " + p.name() + ": " + EuroAmounts.format(p.price())
              + (p.price().compareTo(p.normalPrice()) == 0 ? "" : " (normaal " + EuroAmounts.format(p.normalPrice()) + ")"))
          .collect(Collectors.joining("\n"));
      return lines + "\nTotaal per deelnemer per jaar: " + EuroAmounts.format(total)
          + (LeadershipfactsProcess.PILOT_PARTNER.equals(category) ? " (pilotprijs, 50% korting)" : " (normale prijs)");
    }
  }

  private static final List<Part> NORMAL_PARTS = List.of(
      new Part("Gebruik Leadershipfacts (2x per jaar)", new BigDecimal("800.00"), new BigDecimal("800.00")),
      new Part("Twee persoonlijke consultgesprekken", new BigDecimal("1600.00"), new BigDecimal("1600.00")));

  private PartnerPrice() {
  }

  public static Quote quote(LocalDate trajectoryStart) {
    boolean partner = PILOT_PARTNER_YEARS.contains(Year.from(trajectoryStart));
    List<Part> parts = NORMAL_PARTS.stream().map(p -> partner
        ? new Part(p.name(), p.normalPrice(), p.normalPrice().divide(BigDecimal.valueOf(2))) : p).toList();
    BigDecimal total = parts.stream().map(Part::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Quote(partner ? LeadershipfactsProcess.PILOT_PARTNER : LeadershipfactsProcess.NORMAL, parts, total);
  }
}
