package io.wecom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wecom.sandbox.internal.SpecCatalog;
import io.wecom.sandbox.internal.SpecOperation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI at /docs in headless Chromium: it lists every tag and operation of the spec, and "Try it out" calls
 * the sandbox itself with the pre-filled token. Needs Debian's chromium and chromium-driver; without them the test
 * is skipped on a developer's machine, and fails under CI.
 */
class SwaggerUiTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static WeComSandbox sandbox;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages "
          + "chromium and chromium-driver); .ci/run installs them");
    }
    assumeTrue(present, "skipped: install Debian's chromium and chromium-driver to run the Swagger UI test");
    sandbox = WeComSandbox.start();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1400,2000",
        "--user-data-dir=" + Files.createTempDirectory("wecom-chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void docsListEveryOperationAndTryItOutCallsTheSandbox() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(sandbox.baseUrl() + "/docs/#/contacts/listTags");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-tokens-ready='true']")));

    Set<String> specTags = SpecCatalog.load().operations().stream().map(SpecOperation::tag).collect(Collectors.toSet());
    Set<String> specOps = SpecCatalog.load().operations().stream().map(SpecOperation::id).collect(Collectors.toSet());
    // Swagger UI renders only the operations in view, so what it shows is read from its own state
    ChromeDriver chrome = (ChromeDriver) browser;
    @SuppressWarnings("unchecked")
    List<String> tags = (List<String>) chrome.executeScript(
        "return window.ui.specSelectors.taggedOperations().filter(t => t.get('operations').size > 0).keySeq().toArray()");
    assertThat(tags).containsExactlyInAnyOrderElementsOf(specTags);
    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) chrome.executeScript("return window.ui.specSelectors.taggedOperations()"
        + ".valueSeq().flatMap(t => t.get('operations')).map(o => o.getIn(['operation', 'operationId'])).toArray()");
    assertThat(shown).containsExactlyInAnyOrderElementsOf(specOps);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-contacts-listTags")));
    WebElement listTags = browser.findElement(By.id("operations-contacts-listTags"));
    if (listTags.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
      listTags.findElement(By.cssSelector(".opblock-summary")).click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(listTags.findElement(By.cssSelector(".try-out__btn")))).click();
    wait.until(ExpectedConditions.elementToBeClickable(listTags.findElement(By.cssSelector(".execute")))).click();
    WebElement body = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(listTags,
        By.cssSelector(".live-responses-table .response-col_description .microlight")));
    wait.until(d -> body.getText().contains("errcode"));

    assertThat(body.getText()).contains("\"errcode\": 0", "taglist");
    assertThat(sandbox.requests("listTags")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.query("access_token")).hasSize(1));
    ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", body);
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Path screenshot = Path.of("target", "swagger-ui-try-it-out.png");
    Files.write(screenshot, png);
    assertThat(png.length).isGreaterThan(10_000);
  }
}
