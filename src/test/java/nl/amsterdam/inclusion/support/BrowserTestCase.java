package nl.amsterdam.inclusion.support;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests of what people see: the running application on a random port, demo users, job executor off (the
 * test runs the asynchronous steps between the users' actions), and per test a headless Chromium set to Dutch whose
 * screenshots go to {@code target/screenshots/<test method>}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
@RequiresChromium
public abstract class BrowserTestCase extends ProcessTestCase {

  @LocalServerPort protected int port;
  protected Browser browser;
  /** Where this test's screenshots go. */
  protected Path screenshots;

  @BeforeEach
  void openBrowser(TestInfo test) {
    screenshots = Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName());
    browser = new Browser("http://localhost:" + port, screenshots);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
