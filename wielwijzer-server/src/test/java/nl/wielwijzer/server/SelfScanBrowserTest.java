package nl.wielwijzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-scan in a real browser: headless Chromium (Debian's chromium and chromium-driver) fills it in as an
 * employee and as an employer, and the advice it shows must be the API's advice for the profile the answers
 * map to (docs/self-scan.md). Screenshots go to target/screenshots, or to the directory named by
 * {@code -Dwielwijzer.screenshots=docs/images} (how the README's pictures are made).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfScanBrowserTest {

    /** Held so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private WielwijzerServer server;
    private ChromeDriver driver;
    private Path profileDir;
    private Path screenshots;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"
                        + " (.ci/run installs them)");
        server = Servers.bundled(Servers.config());
        profileDir = Files.createTempDirectory("wielwijzer-chromium");
        screenshots = Path.of(System.getProperty("wielwijzer.screenshots", "wielwijzer-server/target/screenshots"));
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profileDir, "--window-size=1100,1500", "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        // The tests drive the page through WebDriver only, never DevTools; Selenium still looks for DevTools
        // bindings of the installed Chromium's version and warns on every run when that version is newer.
        CDP_VERSION_FINDER.setLevel(java.util.logging.Level.SEVERE);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshPage() {
        driver.manage().window().setSize(new Dimension(1100, 1500));
    }

    private void open(String query) {
        driver.get("http://127.0.0.1:" + server.port() + "/" + query);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Chooses an option the way a keyboard user does: focus it and press the space bar. */
    private void choose(String id) {
        WebElement input = byId(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.sendKeys(Keys.SPACE);
        assertTrue(input.isSelected(), id + " should be chosen");
    }

    private void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        byId("submit").click();
    }

    private WebElement waitForAdvice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#advice #summary")));
    }

    private List<String> shown(String listId, String attribute) {
        List<String> out = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("#" + listId + " li"))) {
            out.add(li.getAttribute(attribute));
        }
        return out;
    }

    private static List<String> top(JsonNode result, String list, String field, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, result.get(list).size()); i++) {
            out.add(result.get(list).get(i).get(field).asText());
        }
        return out;
    }

    private static JsonNode expected(String profileJson) throws Exception {
        return Http.JSON.readTree(Recommender.toJson(Bundled.recommender().recommend(profileJson)));
    }

    private void screenshot(WebElement element, String name) throws IOException {
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anEmployeeFillsInTheScanInDutchAndGetsTheAdviceForTheProfileTheAnswersMeanThenReadsItInEnglish() throws Exception {
        open("");
        assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertFalse(byId("q-age").isDisplayed(), "the employee questions appear once the role is chosen");
        choose("role-employee");
        assertTrue(byId("q-age").isDisplayed());
        assertFalse(byId("q-size").isDisplayed(), "employer questions stay hidden for an employee");
        choose("sector-vvt");
        type("in-age", "58");
        choose("education-low");
        type("in-hours", "18");
        choose("health-moderate");
        choose("push-physicalComplaints");
        choose("push-heavyWork");
        choose("pull-wantsToPassOnKnowledge");
        choose("develop-no");
        choose("dialogue-never");
        choose("career-selfSteering-2");
        choose("career-networking-4");
        choose("selfLeadership-selfEfficacy-2");
        screenshot(byId("main"), "selfscan-employee-questions.png");
        submit();
        WebElement summary = waitForAdvice();

        // What the answers mean, by the mapping in questions.json (docs/self-scan.md):
        JsonNode api = expected("""
                {"id":"zelfscan","subject":"employee","sector":"vvt",
                 "comB":{"physicalCapability":2,"reflectiveMotivation":2,"socialOpportunity":2,"psychologicalCapability":2},
                 "pushFactors":["physicalComplaints","heavyWork"],"pullFactors":["wantsToPassOnKnowledge"],
                 "selfLeadership":{"selfEfficacy":2},
                 "employee":{"age":58,"educationLevel":"low","contractHoursPerWeek":18,"workAbility":"moderate",
                   "careerCompetences":{"selfSteering":2,"networking":4}},
                 "organisation":{"factors":{"dialogue":1}}}""");
        assertEquals(top(api, "interventionFunctions", "function", 3), shown("top-functions", "data-code"));
        assertEquals(top(api, "instruments", "id", 5), shown("top-instruments", "data-id"));
        assertEquals(api.path("route").path("code").asText(""), byId("route").getAttribute("data-code"));
        assertEquals(api.path("phase").path("code").asText(""), byId("phase").getAttribute("data-code"));
        String matters = byId("what-matters").getText();
        for (String gap : List.of("fysieke capaciteit", "psychologische capaciteit", "sociale gelegenheid", "reflectieve motivatie")) {
            assertTrue(matters.contains(gap), matters + " should name " + gap);
        }
        assertTrue(byId("target-behaviour").getText().startsWith("Zelf werk maken van uw duurzame inzetbaarheid"));
        for (WebElement li : driver.findElements(By.cssSelector("#top-instruments li"))) {
            assertFalse(li.findElement(By.cssSelector(".reason")).getText().isBlank(), "each instrument has a reason");
        }

        // The explanation only on demand, with the seed passages.
        WebElement explanation = byId("explanation");
        assertFalse(explanation.findElement(By.tagName("h3")).isDisplayed(), "the explanation starts closed");
        explanation.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        wait.until(d -> explanation.findElement(By.tagName("h3")).isDisplayed());
        assertTrue(explanation.getText().contains("002_488956ea70b0741c.txt"), "the explanation cites the seeds");
        explanation.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);

        driver.manage().window().setSize(new Dimension(1100, 2600));
        screenshot(byId("advice"), "selfscan-employee-advice.png");

        // English, without asking again: the same advice, in English.
        byId("lang-toggle").click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Your advice", byId("advice-title").getText());
        assertEquals(top(api, "interventionFunctions", "function", 3), shown("top-functions", "data-code"));
        assertEquals("How old are you?", driver.findElement(By.cssSelector("label[for=in-age]")).getText());
        assertEquals("58", byId("in-age").getAttribute("value"), "switching language keeps the answers");
        assertTrue(byId("what-matters").getText().contains("physical capability"));
    }

    @Test
    void anEmployerFillsInTheScanInEnglish() throws Exception {
        open("?lang=en");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        choose("role-employer");
        choose("sector-gemeente");
        assertFalse(byId("q-age").isDisplayed(), "employee questions stay hidden for an employer");
        choose("size-large");
        choose("policy-starting");
        choose("maturity-bronze");
        choose("budget-none");
        choose("support-no");
        choose("time-no");
        choose("motives-intrinsic-4");
        choose("motives-financial-2");
        choose("urgency-urgency-2");
        choose("factors-dialogue-2");
        choose("factors-learningSpace-3");
        choose("orgSituation-highAbsence");
        submit();
        waitForAdvice();
        JsonNode api = expected("""
                {"id":"zelfscan","subject":"employer","sector":"gemeente",
                 "comB":{"physicalOpportunity":2,"socialOpportunity":2,"reflectiveMotivation":2},
                 "organisation":{"size":"large","diPolicy":"starting","diMaturity":"bronze","budget":"none",
                   "motivation":{"intrinsic":4,"financial":2},"urgency":2,
                   "factors":{"dialogue":2,"learningSpace":3},
                   "situations":["managersShortOfTime","noStrategicOwnership","highAbsence"]}}""");
        assertEquals(top(api, "interventionFunctions", "function", 3), shown("top-functions", "data-code"));
        assertEquals(top(api, "instruments", "id", 5), shown("top-instruments", "data-id"));
        assertEquals("Your advice", byId("advice-title").getText());
        assertTrue(byId("target-behaviour").getText().startsWith("Providing measures"));
        String matters = byId("what-matters").getText();
        assertTrue(matters.contains("physical opportunity") && matters.contains("social opportunity"), matters);

        // Only this server was asked for anything: no external script, style, font or call.
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        String base = "http://127.0.0.1:" + server.port() + "/";
        assertFalse(resources.isEmpty());
        for (String url : resources) {
            assertTrue(url.startsWith(base), url + " is not on this server");
        }
        driver.manage().window().setSize(new Dimension(1100, 2600));
        screenshot(byId("advice"), "selfscan-employer-advice.png");
    }

    @Test
    void aWrongAnswerGetsAClearMessageAtItsField() throws Exception {
        open("");
        submit();
        WebElement roleError = byId("err-role");
        assertTrue(roleError.isDisplayed());
        assertEquals("Kies een antwoord.", roleError.getText());
        assertTrue(byId("error-summary").isDisplayed());
        assertFalse(byId("advice").isDisplayed());

        choose("role-employee");
        choose("sector-vvt");
        type("in-age", "vijftig");
        submit();
        assertEquals("Vul een getal in, bijvoorbeeld 45.", byId("err-age").getText());

        // The server is the judge of the range: 95 goes to /v1/recommendations and comes back as a problem
        // naming employee.age, which the page shows at the age question.
        type("in-age", "95");
        submit();
        wait.until(d -> byId("err-age").getText().contains("80"));
        assertEquals("Vul een getal in van 14 tot en met 80 jaar.", byId("err-age").getText());
        assertEquals("true", byId("in-age").getAttribute("aria-invalid"));
        assertTrue(byId("q-age").getAttribute("class").contains("has-error"));
        assertTrue(byId("error-summary").getText().contains("Hoe oud bent u?"));
        assertFalse(byId("err-role").isDisplayed(), "the earlier message is gone once the role is answered");
        screenshot(byId("main"), "selfscan-wrong-answer.png");

        type("in-age", "45");
        submit();
        waitForAdvice();
        assertFalse(byId("err-age").isDisplayed());
        assertFalse(byId("error-summary").isDisplayed());
    }

    @Test
    void thePageIsLabelledForScreenReadersAndPrintsOnlyTheAdvice() {
        open("");
        choose("role-employer");
        JavascriptExecutor js = driver;
        Object unlabelled = js.executeScript("""
                return Array.from(document.querySelectorAll('input')).filter(i =>
                  !(i.id && document.querySelector('label[for="' + i.id + '"]'))).map(i => i.name);""");
        assertEquals(List.of(), unlabelled, "every input has a label");
        Object noLegend = js.executeScript("""
                return Array.from(document.querySelectorAll('fieldset')).filter(f =>
                  !f.querySelector(':scope > legend') || !f.querySelector(':scope > legend').textContent.trim()).map(f => f.id);""");
        assertEquals(List.of(), noLegend, "every group of options has a legend");

        choose("sector-vvt");
        submit();
        waitForAdvice();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(byId("scan").isDisplayed(), "the questions are not printed");
            assertFalse(byId("lang-toggle").isDisplayed(), "the buttons are not printed");
            assertTrue(byId("summary").isDisplayed(), "the advice is printed");
            assertFalse(byId("print").isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertTrue(byId("scan").isDisplayed());
    }
}
