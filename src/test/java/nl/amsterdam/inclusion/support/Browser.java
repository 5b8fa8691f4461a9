package nl.amsterdam.inclusion.support;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with a Dutch language setting, as a leader's browser would be.
 * Needs the packages {@code chromium} and {@code chromium-driver} (.ci/run installs them); Selenium
 * is pointed at the system chromedriver so that it never downloads a driver. Without them a browser test is skipped
 * (a JUnit assumption, checked per class by {@link RequiresChromium}) with the install hint, unless
 * {@value #REQUIRED} is true.
 */
public final class Browser implements AutoCloseable {

  static final String INSTALL_HINT = "apt-get install chromium chromium-driver";
  /** Set by .ci/run, which installs Chromium: a missing browser is then a failure, not a skipped test. */
  static final String REQUIRED = "inclusion.browser.required";
  // Selenium warns once that it has no CDP support for this Chromium; it is not used here
  private static final Logger CDP_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  /** What the test typed into the open form's fields, to type again what a re-render emptied (see click). */
  private final Map<String, String> typed = new LinkedHashMap<>();
  private int step;

  public Browser(String baseUrl, Path screenshots) {
    Installation chromium = Installation.find(System.getProperties());
    CDP_WARNING.setLevel(Level.SEVERE);
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
    try {
      Files.createDirectories(screenshots);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.browser());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--window-size=1400,1000", "--lang=nl",
          // no lookups of Google's hosts: the test machine may have no network
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(chromium.driver())).usingAnyFreePort().build();
      driver = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where Chromium and its driver are. The paths can be overridden (inclusion.browser.chromium,
   * inclusion.browser.chromedriver: comma-separated candidates) so that the skip itself can be tested.
   */
  record Installation(String browser, String driver) {

    static Installation find(Properties properties) {
      String browser = firstExecutable(properties.getProperty("inclusion.browser.chromium",
          "/usr/lib/chromium/chromium,/usr/bin/chromium"));
      String driver = firstExecutable(properties.getProperty("inclusion.browser.chromedriver", "/usr/bin/chromedriver"));
      if (browser == null || driver == null) {
        String message = "Browser tests need Chromium: " + INSTALL_HINT + " (missing "
            + (browser == null ? "chromium" : "chromedriver") + ")";
        if (Boolean.parseBoolean(properties.getProperty(REQUIRED, "false"))) {
          throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
      }
      return new Installation(browser, driver);
    }

    private static String firstExecutable(String paths) {
      return Arrays.stream(paths.split(",")).map(String::trim).filter(path -> new File(path).canExecute())
          .findFirst().orElse(null);
    }
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in to Tasklist as {@code user} (password demo), after logging out whoever was in. */
  public void loginToTasklist(String user) {
    typed.clear();
    driver.manage().deleteAllCookies();
    By loginForm = By.cssSelector("input[ng-model=username]");
    // On a loaded 2-core machine the first load of the webapp sometimes stays on its spinner: load again
    for (int attempt = 1; driver.findElements(loginForm).isEmpty(); attempt++) {
      open("/camunda/app/tasklist/default/");
      try {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(loginForm));
      } catch (org.openqa.selenium.TimeoutException stillLoading) {
        if (attempt == 3) {
          keepEvidence("login-page-not-loaded");
          throw stillLoading;
        }
      }
    }
    // the page may still be starting up and swallow keys: a login sent half-typed fails and counts against the user
    By password = By.cssSelector("input[ng-model=password]");
    for (int attempt = 1; attempt == 1 || !user.equals(await(loginForm).getAttribute("value"))
        || !"demo".equals(await(password).getAttribute("value")); attempt++) {
      if (attempt > 3) {
        throw new IllegalStateException("The login form does not take what is typed");
      }
      await(loginForm).clear();
      await(loginForm).sendKeys(user);
      await(password).clear();
      await(password).sendKeys("demo");
    }
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    await(By.cssSelector(".start-process-action a"));
  }

  /** Opens a page of a webapp and waits for {@code shown}, loading it again while it stays on its spinner (see login). */
  public WebElement openApp(String path, By shown) {
    for (int attempt = 1; ; attempt++) {
      open(path);
      try {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(shown));
      } catch (org.openqa.selenium.TimeoutException stillLoading) {
        if (attempt == 3) {
          keepEvidence("page-not-loaded");
          throw stillLoading;
        }
        driver.navigate().refresh();
      }
    }
  }

  public WebElement await(By locator) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (org.openqa.selenium.TimeoutException e) {
      keepEvidence("timeout");
      throw e;
    }
  }

  /** On a failure: the screen and the page source under target/screenshots, to see what the user saw. */
  private void keepEvidence(String name) {
    try {
      screenshot(name);
      Files.writeString(screenshots.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource());
    } catch (RuntimeException | IOException ignored) {
      // the original failure matters more
    }
  }

  public void awaitText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  public void click(By locator) {
    WebElement element = await(locator);
    // Tasklist's fixed footer covers the bottom of long forms
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
    } catch (org.openqa.selenium.TimeoutException stillDisabled) {
      // form-js takes typed text in after a debounce; a re-render of the form inside that window (seen in CI, on a
      // textarea typed right after a dropdown choice) empties the field again, and the submit button stays disabled
      typeAgainWhatWasEmptied();
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(element));
    }
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException coveredByTheFooter) {
      // the last field of a form that cannot scroll further stays under the footer: click it as a user's tab + space would
      script("arguments[0].click();", element);
    }
  }

  /**
   * Clicks until what the click opens is shown: Tasklist sometimes drops a click that lands while its dialog is still
   * fading in (the link keeps the focus, nothing opens). Clicks again only while the link is still there.
   */
  public void clickUntilShown(By locator, By shown) {
    for (int attempt = 1; ; attempt++) {
      click(locator);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(shown));
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3 || driver.findElements(locator).stream().noneMatch(WebElement::isDisplayed)) {
          await(shown);
          return;
        }
      }
    }
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** A Camunda Form field by its key (form-js ids end in "-Field_KEY", the convention of forms/). */
  public static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  /**
   * Types {@code text} into the field; types it again when the form swallowed it (on a loaded machine a dropdown
   * closing or a redraw of the form can take the keys). Text with special keys (Tab, Enter) is typed once.
   */
  public void type(String key, String text) {
    boolean plainText = text.chars().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF);
    for (int attempt = 1; ; attempt++) {
      WebElement input = await(field(key));
      input.clear();
      input.sendKeys(text);
      if (!plainText || attempt == 3 || holds(key, text)) {
        typed.put(key, text);
        return;
      }
    }
  }

  private void typeAgainWhatWasEmptied() {
    new LinkedHashMap<>(typed).forEach((key, text) -> driver.findElements(field(key)).stream()
        .filter(input -> input.isDisplayed() && input.isEnabled() && input.getAttribute("readonly") == null)
        .filter(input -> input.getAttribute("value").isEmpty())
        .findFirst()
        .ifPresent(input -> type(key, text)));
  }

  private boolean holds(String key, String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(2)).until(page -> text.equals(await(field(key)).getAttribute("value")));
      return true;
    } catch (org.openqa.selenium.TimeoutException swallowed) {
      return false;
    }
  }

  public void choose(String key, String label) {
    click(By.cssSelector("[id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"));
  }

  public void tick(String key) {
    click(field(key));
  }

  public void pick(String label) {
    click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='" + label + "']"));
  }

  public String text(By locator) {
    return await(locator).getText();
  }

  /** Saves the window as target/screenshots/NN-name.png and, when given, a copy for the README. */
  public Path screenshot(String name, Path... copies) {
    step++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
    try {
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      for (Path copy : copies) {
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Takes the step's screenshot and keeps it as the README picture {@code name} ({@link ReadmePictures}). */
  public Path readmePicture(String step, String name) {
    Path picture = ReadmePictures.file(name);
    screenshot(step, picture);
    return ReadmePictures.publish(picture);
  }

  /** Saves one element of the page (a diagram, a chart) as a PNG. */
  public void screenshotOf(By locator, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.copy(await(locator).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The WCAG 2.1 A and AA violations axe-core finds in the page, or in the parts matching the CSS selectors given.
   * Each as "impact rule: help (element, ...)".
   */
  public List<String> accessibilityViolations(String... parts) {
    AxeBuilder axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    if (parts.length > 0) {
      axe.include(List.of(parts));
    }
    Results results = axe.analyze(driver);
    if (results.getErrorMessage() != null) {
      throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
        + " (" + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")) + ")")
        .toList();
  }

  /**
   * Saves the part of element {@code locator} that {@code drawing} (inside it) covers, plus a margin: a diagram
   * cropped to what is drawn, without the empty canvas around it.
   */
  public void screenshotOf(By locator, By drawing, int margin, Path file) {
    WebElement outer = await(locator);
    WebElement inner = await(drawing);
    try {
      BufferedImage whole = ImageIO.read(outer.getScreenshotAs(OutputType.FILE));
      // the drawing's box in CSS pixels, relative to the outer element; the screenshot may be scaled
      @SuppressWarnings("unchecked")
      Map<String, Number> box = (Map<String, Number>) script("const o = arguments[0].getBoundingClientRect();"
          + " const i = arguments[1].getBoundingClientRect();"
          + " return {x: i.left - o.left, y: i.top - o.top, w: i.width, h: i.height, scale: window.devicePixelRatio};",
          outer, inner);
      double scale = box.get("scale").doubleValue();
      int x = Math.max(0, (int) ((box.get("x").doubleValue() - margin) * scale));
      int y = Math.max(0, (int) ((box.get("y").doubleValue() - margin) * scale));
      int w = Math.min(whole.getWidth() - x, (int) ((box.get("w").doubleValue() + 2 * margin) * scale));
      int h = Math.min(whole.getHeight() - y, (int) ((box.get("h").doubleValue() + 2 * margin) * scale));
      Files.createDirectories(file.getParent());
      ImageIO.write(whole.getSubimage(x, y, w, h), "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
