package id.sofifi.asn.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private void signIn(String username, String password, String shownAfter) {
        open("/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(shownAfter)));
    }

    /**
     * Waits up to 20 seconds, polling again when an element was re-rendered by an ajax update while the condition
     * read it (a stale element is not an answer, only a moment too early).
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
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
