package nl.amsterdam.inclusion.leadershipfacts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 000's price table: €800 + €1,600 = €2,400; pilot partners (the city, in the 2025 pilot) half of each. */
class PartnerPriceTest {

  @Test
  void aTrajectoryInThePilotYearCostsThePilotPartnerPriceHalfOfEachPart() {
    PartnerPrice.Quote quote = PartnerPrice.quote(LocalDate.of(2025, 9, 1));

    assertThat(quote.category()).isEqualTo("pilotpartner");
    assertThat(quote.total()).isEqualByComparingTo("1200");
    assertThat(quote.parts()).extracting(PartnerPrice.Part::name, p -> p.normalPrice().intValue(), p -> p.price().intValue())
        .containsExactly(tuple("Gebruik Leadershipfacts (2x per jaar)", 800, 400),
            tuple("Twee persoonlijke consultgesprekken", 1600, 800));
    assertThat(quote.text()).isEqualTo("""
        - Gebruik Leadershipfacts (2x per jaar): € 400 (normaal € 800)
        - Twee persoonlijke consultgesprekken: € 800 (normaal € 1.600)
        Totaal per deelnemer per jaar: € 1.200 (pilotprijs, 50% korting)""");
  }

  @Test
  void theDiscountIsTheCitysInThePilotYearOnlyFromNewYearsDayToNewYearsEve() {
    assertThat(PartnerPrice.quote(LocalDate.of(2025, 1, 1)).total()).isEqualByComparingTo("1200");
    assertThat(PartnerPrice.quote(LocalDate.of(2025, 12, 31)).total()).isEqualByComparingTo("1200");
    assertThat(PartnerPrice.quote(LocalDate.of(2024, 12, 31)).category()).isEqualTo("normaal");
    assertThat(PartnerPrice.quote(LocalDate.of(2026, 1, 1)).category()).isEqualTo("normaal");
  }

  @Test
  void afterThePilotYearEveryTrajectoryCostsTheNormalPrice() {
    PartnerPrice.Quote quote = PartnerPrice.quote(LocalDate.of(2026, 3, 2));

    assertThat(quote.total()).isEqualByComparingTo("2400");
    assertThat(quote.text()).isEqualTo("""
        - Gebruik Leadershipfacts (2x per jaar): € 800
        - Twee persoonlijke consultgesprekken: € 1.600
        Totaal per deelnemer per jaar: € 2.400 (normale prijs)""");
  }
}
