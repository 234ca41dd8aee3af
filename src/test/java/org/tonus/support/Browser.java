package org.tonus.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the system's package (Playwright never downloads a browser here). Without
 * {@code /usr/bin/chromium} browser tests are skipped on a developer machine, but fail under
 * {@code CI=true}: CI must run them.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TONUS_CHROMIUM", "/usr/bin/chromium"));

	private Playwright playwright;

	private com.microsoft.playwright.Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(CHROMIUM)) {
			if (ci) {
				throw new IllegalStateException("CI=true but there is no Chromium at " + CHROMIUM);
			}
			assumeTrue(false, "no Chromium at " + CHROMIUM + "; browser tests skipped (they run in CI)");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	public Page newPage(int width, int height) {
		return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height))
			.newPage();
	}

	/** Keeps a document the browser fetched next to the screenshots, to look at after the run. */
	public static void save(byte[] content, String name) {
		try {
			java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
			java.nio.file.Files.write(Path.of("target", "screenshots", name), content);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

}
