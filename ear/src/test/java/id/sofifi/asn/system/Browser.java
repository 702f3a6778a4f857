package id.sofifi.asn.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests. Finds the browser ({@code CHROME_BIN},
 * /usr/bin/chromium, …) and its driver ({@code CHROMEDRIVER}, /usr/bin/chromedriver); where either is
 * missing the test fails and says how to install them. It never skips.
 */
public final class Browser implements AutoCloseable {
    private static final String INSTALL_HINT = "Install them with: sudo apt-get install -y chromium chromium-driver"
            + " (.ci/run does this), or point CHROME_BIN and CHROMEDRIVER at them.";
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * A browser that shows pages as a cheap phone does (360 × 740 CSS pixels, mobile viewport), for the public pages.
     * Emulated through DevTools, since headless Chromium does not make a window narrower than 500 pixels.
     */
    public static Browser startPhone() throws IOException {
        Browser phone = start();
        phone.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        return phone;
    }

    public static Browser start() throws IOException {
        Path chrome = find("CHROME_BIN",
                List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"))
                .orElseThrow(() -> new IllegalStateException("No Chromium found. " + INSTALL_HINT));
        Path chromedriver = find("CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"))
                .orElseThrow(() -> new IllegalStateException("No chromedriver found. " + INSTALL_HINT));
        Path profile = Files.createTempDirectory("asn-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(chrome.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=id", "--user-data-dir=" + profile);
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    private static Optional<Path> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(configured), candidates.stream()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(SystemTest.BASE_URL + path);
    }

    /** Signs in on the staff login page as the demo operator and waits for the staff menu. */
    public void signInAsOperator() {
        signIn("operator", "oper123", "menuOperations");
    }

    /** Signs in on the staff login page as the demo administrator and waits for the welcome page. */
    public void signInAsAdministrator() {
        signIn("admin", "admin123", "welcome");
    }

    /** Signs in on the staff login page (staff, or an employee by NIP) and waits for the element {@code shownAfter}. */
    public void signIn(String username, String password, String shownAfter) {
        signIn(SystemTest.BASE_URL, username, password, shownAfter);
    }

    /** Signs in on the staff login page of the server at {@code base} (a test's own server, a cluster's node). */
    public void signIn(String base, String username, String password, String shownAfter) {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(shownAfter)));
    }

    /**
     * Waits up to 20 seconds, polling again when an element was re-rendered by an ajax update while the condition
     * read it (a stale element is not an answer, only a moment too early). Chromium reports the same race after a whole
     * page was replaced as a plain WebDriverException ("Node with given id does not belong to the document"), so any
     * of those polls again too; a real failure still ends in the timeout, with the last one as its cause.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Chooses an item of a PrimeFaces select menu as a user does. The menu is brought to the middle of the window
     * first and the item clicked only once its panel stands still: near the window's bottom the panel opens below
     * and then flips above the menu, and a click aimed while it moves lands beside the item (seen in about a third
     * of the runs of the attendance screen test).
     */
    public void choose(String menuId, String label) {
        WebElement menu = driver.findElement(By.id(menuId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        menu.click();
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_panel li[data-label='" + label + "']");
        Rectangle[] last = {null};
        waiting().until(d -> {
            WebElement e = d.findElement(item);
            Rectangle now = e.isDisplayed() ? e.getRect() : null;
            boolean still = now != null && now.equals(last[0]);
            last[0] = now;
            return still;
        });
        driver.findElement(item).click();
    }

    /** The PrimeFaces widget variable of a component, as the page registered it. */
    public static String widget(WebDriver driver, String clientId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "for (var w in PrimeFaces.widgets) { if (PrimeFaces.widgets[w].id === arguments[0]) return w; }",
                clientId);
    }

    /** What pages wrote to the browser's console (CSP violations among them) since the last call. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /** Keeps a screenshot under target/screenshots for the closing note and for failures. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("asn.test.work.dir", "target"), "..", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
