package org.mpscommons.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One headless Debian Chromium per test JVM, driven by Playwright; Playwright never downloads a browser. */
final class Chromium {

    private static Browser browser;

    static synchronized Browser shared() {
        if (browser == null) {
            Path executable = Path.of(System.getProperty("mps.test.chromium", "/usr/bin/chromium"));
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " not found: install Debian's chromium package");
            }
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            // This machine has no network beyond loopback: keep Chromium from reaching out on its own.
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    private Chromium() {}
}
