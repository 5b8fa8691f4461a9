package nl.amsterdam.inclusion.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.amsterdam.inclusion.identity.DirectoryLogin;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.RequiresChromium;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in through a real OpenID Connect provider, in-process (mock-oauth2-server, its interactive login page), as
 * a city employee would: the provider's groups become the application's roles, the person's name and address come
 * along, and a change in the provider is in force at the next login. Without the demo profile: everyone here came in
 * through the provider. Runs in a JVM of its own (a second web context
 * would register a second engine named "default" beside the other tests' one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // production as it starts: no demo users, only the access model (groups, grants, filters), the provider and the
    // local emergency administrator (without any administrator Camunda's webapps send everyone to their setup page)
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=false",
    "camunda.bpm.admin-user.id=beheer", "camunda.bpm.admin-user.password=Nood-Beheerder-2026-lange-zin"})
@RequiresChromium
class SingleSignOnTest extends ProcessTestCase {

  private static final MockOAuth2Server PROVIDER = startProvider();
  private static final String LEADERS = "sg-leidinggevenden";
  private static final String ACCOUNT_MANAGERS = "sg-accounthouders-sociaal";
  private static final String MONITORING = "app-rapportage";
  private static final String BUREAU = "sg-bureau-id";
  private static final String API = "inclusie-diversiteit-api";

  @LocalServerPort int port;
  @Autowired DirectoryLogin directory;

  private static MockOAuth2Server startProvider() {
    MockOAuth2Server provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
    provider.start();
    return provider;
  }

  @DynamicPropertySource
  static void cityProvider(DynamicPropertyRegistry properties) {
    properties.add("inclusion.sso.enabled", () -> "true");
    properties.add("spring.security.oauth2.client.registration.city.provider", () -> "city");
    properties.add("spring.security.oauth2.client.registration.city.client-id", () -> "inclusie-diversiteit");
    properties.add("spring.security.oauth2.client.registration.city.client-secret", () -> "test-secret");
    properties.add("spring.security.oauth2.client.registration.city.scope", () -> "openid,profile,email");
    properties.add("spring.security.oauth2.client.provider.city.issuer-uri", () -> PROVIDER.issuerUrl("city").toString());
    properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> PROVIDER.issuerUrl("city").toString());
    properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> API);
    properties.add("inclusion.sso.group-mapping.[" + LEADERS + "]", () -> Groups.LEADERS + ",cluster-sociaal");
    properties.add("inclusion.sso.group-mapping.[" + MONITORING + "]", () -> Groups.ID_BUREAU);
    properties.add("inclusion.sso.group-mapping.[" + BUREAU + "]", () -> Groups.ID_BUREAU);
    properties.add("inclusion.sso.group-mapping.[" + ACCOUNT_MANAGERS + "]",
        () -> Groups.ACCOUNT_MANAGERS + ",account-managers-sociaal,cluster-sociaal");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @Test
  void aLeaderAndAnAccountManagerLogInWithTheCitysAccountAndSeeTheirOwnWork() {
    try (Browser leader = browser("leader")) {
      logIn(leader, "f.elamrani@amsterdam.nl", "Fatima", "El Amrani", List.of(LEADERS, "sg-iets-anders"));
      leader.await(By.cssSelector(".start-process-action a"));
      leader.awaitText(By.cssSelector("body"), "Fatima El Amrani");
      leader.screenshot("leader-in-tasklist");

      // "Afmelden" in Tasklist ends the whole login: the next visit goes to the provider again
      Object status = leader.script("var token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))"
          + ".split('=')[1]; var logout = new XMLHttpRequest();"
          + " logout.open('POST', '/camunda/api/admin/auth/user/default/logout', false);"
          + " logout.setRequestHeader('X-XSRF-TOKEN', token); logout.send(); return logout.status;");
      assertThat(((Number) status).intValue()).isEqualTo(200);
      leader.open("/camunda/app/tasklist/default/");
      leader.await(By.name("username"));
      leader.screenshot("after-logout-the-provider-asks-again");
    }
    User fatima = identityService.createUserQuery().userId("f.elamrani").singleResult();
    assertThat(fatima.getEmail()).isEqualTo("f.elamrani@amsterdam.nl");
    assertThat(groupsOf("f.elamrani")).containsExactlyInAnyOrder(Groups.LEADERS, "cluster-sociaal");

    try (Browser accountManager = browser("account-manager")) {
      logIn(accountManager, "i.kok@amsterdam.nl", "Ingrid", "Kok", List.of(ACCOUNT_MANAGERS));
      accountManager.await(By.cssSelector(".start-process-action a"));

      // the leader asks for help (her start form); the account manager of her cluster gets it
      ProcessInstance request = startAs("f.elamrani", LearningProcess.REQUEST,
          CaseForms.learningRequest("Fatima El Amrani", "f.elamrani@amsterdam.nl", "sociaal", "maatwerk"));
      String reference = (String) runtimeService.getVariable(request.getId(), LearningProcess.REQUEST_REFERENCE);
      accountManager.open("/camunda/app/tasklist/default/");
      accountManager.click(By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(normalize-space(.),"
          + "'Leervragen van mijn cluster')]]"));
      accountManager.awaitText(By.cssSelector(".tasks-list"), reference);
      accountManager.screenshot("account-manager-sees-the-request");

      // and works it: claims it and declines it through its form
      accountManager.click(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'" + reference
          + "')][not(.//*[contains(normalize-space(.),'" + reference + "')])]"));
      accountManager.click(By.cssSelector("button.claim"));
      accountManager.pick("Afwijzen");
      accountManager.type("declineReason", "Past in het open aanbod.");
      accountManager.click(By.cssSelector("button[ng-click='complete()']"));
      awaitEnded(request);
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
          .taskDefinitionKey("Task_ReviewRequest").singleResult().getAssignee()).isEqualTo("i.kok");
    }
    assertThat(groupsOf("i.kok")).containsExactlyInAnyOrder(Groups.ACCOUNT_MANAGERS, "account-managers-sociaal",
        "cluster-sociaal");
  }

  @Test
  void bureauIDOpensTheDashboardStraightAfterLoggingInWithTheCitysAccount() {
    try (Browser bureau = browser("dashboard")) {
      logIn(bureau, "/dashboard/", "m.jansen@amsterdam.nl", "Mila", "Jansen", List.of(BUREAU));
      bureau.await(By.cssSelector("body[data-loaded=true]"));
      bureau.screenshot("dashboard");
      assertThat(bureau.all(By.id("login")).get(0).isDisplayed()).as("no 'Niet ingelogd'").isFalse();
    }
  }

  @Test
  void aChangeInTheProviderIsInForceAtTheNextLoginAndUnknownGroupsGiveNoRole() {
    try (Browser first = browser("first-login")) {
      logIn(first, "s.bakker@amsterdam.nl", "Sanne", "Bakker", List.of(LEADERS));
      first.await(By.cssSelector(".start-process-action a"));
      first.awaitText(By.cssSelector("body"), "Sanne Bakker");
    }
    assertThat(groupsOf("s.bakker")).contains(Groups.LEADERS);

    try (Browser again = browser("next-login")) {
      logIn(again, "s.bakker@amsterdam.nl", "Sanne", "de Boer", List.of("sg-onbekend"));
      // logged in, but without a role Tasklist is not hers: a Dutch page says why
      again.awaitText(By.tagName("h1"), "Geen toegang");
      again.screenshot("no-role");
    }
    assertThat(groupsOf("s.bakker")).as("no longer a leader, and an unknown group is no role").isEmpty();
    assertThat(identityService.createUserQuery().userId("s.bakker").singleResult().getLastName()).isEqualTo("de Boer");
  }

  @Test
  void aLoginWithoutAnAddressIsRefusedAndCreatesNobody() {
    try (Browser browser = browser("incomplete")) {
      browser.open("/camunda/app/tasklist/default/");
      browser.await(By.name("username")).sendKeys("zonder.adres");
      browser.await(By.name("claims")).sendKeys("{\"preferred_username\": \"zonder.adres\", \"given_name\": \"Zonder\","
          + " \"family_name\": \"Adres\", \"groups\": [\"" + LEADERS + "\"]}");
      browser.click(By.cssSelector("input[type=submit]"));
      browser.awaitText(By.tagName("h1"), "Inloggen is niet gelukt");
      browser.screenshot("refused");
    }
    assertThat(identityService.createUserQuery().userId("zonder.adres").count()).isZero();
  }

  @Test
  void anIntegrationCallsTheApiWithTheProvidersTokenAndNothingElseGetsIn() throws Exception {
    // a leader and her cluster's account manager as their logins brought them in
    directory.apply(new DirectoryLogin.Person("r.jansen", "Rachida", "Jansen", "r.jansen@amsterdam.nl",
        Set.of(Groups.LEADERS, "cluster-sociaal")), Set.of(Groups.LEADERS, "cluster-sociaal"));
    directory.apply(new DirectoryLogin.Person("p.smit", "Paul", "Smit", "p.smit@amsterdam.nl",
        Set.of("account-managers-sociaal")), Set.of("account-managers-sociaal"));
    startAs("r.jansen", LearningProcess.REQUEST, CaseForms.learningRequest("Rachida Jansen", "r.jansen@amsterdam.nl",
        "sociaal", "maatwerk"));
    String reporting = PROVIDER.issueToken("city", "rapportage-koppeling", API, Map.of("groups", List.of(MONITORING)))
        .serialize();

    HttpResponse<String> requests = get("/engine-rest/process-instance?processDefinitionKey=" + LearningProcess.REQUEST,
        reporting);
    assertThat(requests.statusCode()).isEqualTo(200);
    assertThat(requests.body()).as("Bureau I&D's role through the token's group").contains("\"businessKey\":\"LV-");

    String noRole = PROVIDER.issueToken("city", "andere-koppeling", API, Map.of("groups", List.of("sg-onbekend"))).serialize();
    assertThat(get("/engine-rest/process-instance", noRole).body()).as("a token without a known group has no role")
        .isEqualTo("[]");

    MockOAuth2Server stranger = startProvider();
    try {
      Map<String, String> refused = Map.of(
          "another audience", PROVIDER.issueToken("city", "koppeling", "een-andere-api", Map.of("groups", List.of(MONITORING))).serialize(),
          "expired", PROVIDER.issueToken("city", "koppeling", API, Map.of("groups", List.of(MONITORING)), -600).serialize(),
          "signed by another key", stranger.issueToken("city", "koppeling", API, Map.of("groups", List.of(MONITORING))).serialize(),
          "not a token", "abc.def.ghi");
      refused.forEach((kind, token) -> assertThat(get("/engine-rest/process-instance", token).statusCode()).as(kind)
          .isEqualTo(401));
    } finally {
      stranger.shutdown();
    }
    assertThat(get("/engine-rest/process-instance", null).statusCode()).as("no login at all").isEqualTo(401);
  }

  private HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitEnded(ProcessInstance instance) {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      runAsyncJobs();
    }
    throw new AssertionError("The case was not completed from Tasklist");
  }

  @Test
  void aLoginFromTheProviderNeverTakesOverALocalAccount() {
    try (Browser browser = browser("local-account")) {
      logIn(browser, "beheer@elders.example", "Iemand", "Anders", List.of(BUREAU));
      browser.awaitText(By.tagName("h1"), "Inloggen is niet gelukt");
    }
    User administrator = identityService.createUserQuery().userId("beheer").singleResult();
    assertThat(administrator.getLastName()).as("the emergency administrator is untouched").isNotEqualTo("Anders");
    assertThat(groupsOf("beheer")).contains(Groups.CAMUNDA_ADMIN).doesNotContain(Groups.ID_BUREAU);
  }

  private Browser browser(String name) {
    return new Browser("http://localhost:" + port, Path.of("target", "screenshots", "single-sign-on", name));
  }

  /** Through the provider's own login page, as the person would, with the claims the city's directory gives. */
  private static void logIn(Browser browser, String account, String givenName, String familyName, List<String> groups) {
    logIn(browser, "/camunda/app/tasklist/default/", account, givenName, familyName, groups);
  }

  private static void logIn(Browser browser, String page, String account, String givenName, String familyName,
      List<String> groups) {
    browser.open(page);
    browser.await(By.name("username")).sendKeys(account);
    String groupList = String.join("\", \"", groups);
    browser.await(By.name("claims")).sendKeys("{\"preferred_username\": \"" + account + "\", \"email\": \"" + account
        + "\", \"given_name\": \"" + givenName + "\", \"family_name\": \"" + familyName + "\", \"groups\": [\""
        + groupList + "\"]}");
    browser.click(By.cssSelector("input[type=submit]"));
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
