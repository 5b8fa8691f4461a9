package nl.amsterdam.inclusion.support;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without Chromium the browser tests are skipped with an install hint; on CI, which installs it, they fail. */
class BrowserInstallationTest {

  @Test
  void aMissingChromiumSkipsTheTestWithTheInstallHint() {
    Properties missing = new Properties();
    missing.setProperty("inclusion.browser.chromium", "/nonexistent/chromium");

    assertThatThrownBy(() -> Browser.Installation.find(missing))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install chromium chromium-driver")
        .hasMessageContaining("missing chromium");
  }

  @Test
  void aMissingChromedriverSkipsTheTestToo() {
    Properties missing = new Properties();
    missing.setProperty("inclusion.browser.chromium", "/bin/sh");
    missing.setProperty("inclusion.browser.chromedriver", "/nonexistent/chromedriver");

    assertThatThrownBy(() -> Browser.Installation.find(missing))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("missing chromedriver");
  }

  @Test
  void whenTheBrowserIsRequiredAMissingChromiumFails() {
    Properties required = new Properties();
    required.setProperty("inclusion.browser.chromium", "/nonexistent/chromium");
    required.setProperty(Browser.REQUIRED, "true");

    assertThatThrownBy(() -> Browser.Installation.find(required))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apt-get install chromium chromium-driver");
  }

  @Test
  void theFirstExecutableCandidateIsUsed() {
    Properties present = new Properties();
    present.setProperty("inclusion.browser.chromium", "/nonexistent/chromium, /bin/sh");
    present.setProperty("inclusion.browser.chromedriver", "/bin/sh");

    assertThat(Browser.Installation.find(present)).isEqualTo(new Browser.Installation("/bin/sh", "/bin/sh"));
  }
}
