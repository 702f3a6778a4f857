package id.sofifi.asn.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (Deque's WCAG checker, the script its Maven artifact carries) on the page a {@link Browser} shows and
 * lists what fails WCAG 2.0/2.1 level A and AA. An empty list is the answer a page must give.
 */
public final class Accessibility {
    private static final String AXE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                  + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' – ' + n.failureSummary).join(' | '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private Accessibility() {
    }

    /** The violations on the current page, one line each with up to three offending elements. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(AXE);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is missing from the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Failing pages and their violations, for an assertion message a reader can act on. */
    public static String describe(Map<String, List<String>> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach(
                (page, found) -> text.append('\n').append(page).append(":\n  ").append(String.join("\n  ", found)));
        return text.toString();
    }
}
