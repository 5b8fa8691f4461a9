package nl.amsterdam.inclusion.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.learning.Catalogue.Evidence;
import nl.amsterdam.inclusion.learning.Catalogue.Item;
import nl.amsterdam.inclusion.learning.Catalogue.Provider;
import nl.amsterdam.inclusion.notification.MailTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the offer to requesters and advisors is and what it accepts, as functions; LearningRequestProcessTest shows
 * them offered and refusing in the process.
 */
class LearningOfferRulesTest {

  private static final Provider PROVEN = new Provider("seba", "Seba", Evidence.PROVEN, "Evaluatie open aanbod 2024");
  private static final Provider PROVEN_WITHOUT_REFERENCE = new Provider("x", "Bureau X", Evidence.PROVEN, " ");
  private static final Provider IN_DEVELOPMENT = new Provider("movisie", "Movisie", Evidence.IN_DEVELOPMENT, "Pilot");
  private static final Provider NONE = new Provider("y", "Bureau Y", Evidence.NONE, null);

  @Test
  void onlyAProvenProviderWithAReferenceIsEvidenceBasedAndOffered() {
    assertThat(PROVEN.evidenceBased()).isTrue();
    assertThat(List.of(PROVEN_WITHOUT_REFERENCE, IN_DEVELOPMENT, NONE)).noneMatch(Provider::evidenceBased);
    assertThat(OfferProvidersListener.providerOptions(List.of(NONE, PROVEN, IN_DEVELOPMENT, PROVEN_WITHOUT_REFERENCE)))
        .containsExactly(Map.of("label", "Seba", "value", "seba"));
  }

  @Test
  void aProposalWithAProviderWithoutEvidenceBasisIsRefusedSayingWhy() {
    assertThat(EvidenceBasedProviderRule.refusal(Optional.of(PROVEN))).isEmpty();
    assertThat(EvidenceBasedProviderRule.refusal(Optional.empty())).as("unknown: the form's options refuse it").isEmpty();
    assertThat(EvidenceBasedProviderRule.refusal(Optional.of(IN_DEVELOPMENT))).extracting(FieldError::field,
        FieldError::message).containsExactly(tuple("providerId",
            "is niet evidence-based: Movisie staat in de catalogus als 'in ontwikkeling'; "
                + "kies een aanbieder die bewezen effectief is"));
    assertThat(EvidenceBasedProviderRule.refusal(Optional.of(PROVEN_WITHOUT_REFERENCE)).get(0).message())
        .contains("'bewezen effectief' zonder verwijzing naar onderzoek of evaluatie");
    assertThat(EvidenceBasedProviderRule.refusal(Optional.of(NONE)).get(0).message()).contains("'geen onderbouwing'");
  }

  @Test
  void theOfferInDevelopmentFollowsTheOpenOfferMarkedAndNeedsTheAcknowledgement() {
    Item open = new Item("omstanders", "Training voor omstanders", "social-safety", Catalogue.OPEN, "4x per jaar");
    Item developing = new Item("kompas", "Kompas inclusief beleid", "movisie", Catalogue.IN_DEVELOPMENT, "Sep/okt");

    assertThat(OfferCatalogueListener.offerOptions(List.of(open), List.of(developing))).containsExactly(
        Map.of("label", "Training voor omstanders (4x per jaar)", "value", "omstanders"),
        Map.of("label", "Kompas inclusief beleid (in ontwikkeling, op aanvraag)", "value", "kompas"));

    assertThat(DevelopmentOfferRule.refusal(Optional.of(open), null)).isEmpty();
    assertThat(DevelopmentOfferRule.refusal(Optional.of(developing), true)).isEmpty();
    assertThat(DevelopmentOfferRule.refusal(Optional.of(developing), false)).extracting(FieldError::field)
        .containsExactly("developmentAcknowledged");
    assertThat(DevelopmentOfferRule.refusal(Optional.of(developing), null)).hasSize(1);
    assertThat(DevelopmentOfferRule.refusal(Optional.of(developing), "true")).as("only the checkbox's own true")
        .hasSize(1);
    assertThat(DevelopmentOfferRule.refusal(Optional.empty(), null)).as("unknown: the form's options refuse it")
        .isEmpty();
  }

  @Test
  void theMailsSayATrainingIsInDevelopmentAndWhoTheConflictReferralReaches() {
    MailTemplates templates = new MailTemplates();
    Map<String, Object> enrolment = new HashMap<>(Map.of("recipientName", "Ingrid Kok",
        "requesterName", "Fatima El Amrani", "teamName", "Team Jeugd Noord", "participantCount", 3, "requestReference", "LV-2026-0001",
        "tasklistUrl", "http://host/tasklist", "myCasesUrl", "http://host/mijn-aanvragen/"));
    assertThat(templates.render("learning-enrolment-requested", enrolment).htmlBody()).doesNotContain("in ontwikkeling");
    enrolment.put("developmentAcknowledged", true);
    assertThat(templates.render("learning-enrolment-requested", enrolment).htmlBody())
        .contains("deze training is nog in ontwikkeling en staat nog niet in het open aanbod");

    MailTemplates.RenderedTemplate referral = templates.render("learning-conflict-referral", Map.of(
        "recipientName", "Yvonne Maas", "requesterName", "Fatima El Amrani", "teamName", "Team Jeugd Noord",
        "clusterName", "Sociaal", "requestReference", "LV-2026-0001",
        "adviceReferral", "Verwijzing naar de HR business partner.",
        "tasklistUrl", "http://host/tasklist", "myCasesUrl", "http://host/mijn-aanvragen/"));
    assertThat(referral.subject())
        .isEqualTo("Aanvraag LV-2026-0001 (team Team Jeugd Noord): verwijzing naar de HR business partner");
    assertThat(referral.htmlBody()).contains("Beste Yvonne Maas").contains("de HR business partner van cluster Sociaal")
        .contains("neemt contact op met Fatima El Amrani");
  }
}
