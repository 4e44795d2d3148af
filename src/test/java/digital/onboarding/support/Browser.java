package digital.onboarding.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, checking every page it lands on with axe-core.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser() {
		assertThat(CHROMIUM).as("Chromium is installed (apt-get install chromium)").exists();
		assertThat(AXE).as("axe-core is installed by the build's npm step").exists();
		// The browser comes from Debian; Playwright must not try to download its own.
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	public static Browser launch() {
		return new Browser();
	}

	/**
	 * A new tab in a fresh profile. axe-core is injected by the test, which the service's
	 * content security policy would rightly block, so only that policy is bypassed.
	 */
	public Page newPage(boolean javaScript) {
		return this.chromium
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
				.setBypassCSP(true))
			.newPage();
	}

	/** Runs axe-core on the page as it is and fails on any violation, naming each. */
	public static void assertAccessible(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
		var violations = (String) page.evaluate(
				"""
						async () => {
						  const results = await axe.run(document);
						  return results.violations
						    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
						    .join('\\n');
						}
						""");
		assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
	}

	private static String axeSource() {
		try {
			return Files.readString(AXE);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

}
