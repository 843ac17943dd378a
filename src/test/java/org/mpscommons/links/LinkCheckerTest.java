package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker against a small site of its own on 127.0.0.1 (so loopback is allowed here, as only tests may), with
 * timeouts short enough that a hanging server costs the test well under a second.
 */
class LinkCheckerTest {

    static final Duration TIMEOUT = Duration.ofMillis(400);

    static HttpServer server;
    static ExecutorService threads;
    static final CountDownLatch END = new CountDownLatch(1);
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static LinkChecker checker;
    static String base;

    @BeforeAll
    static void startSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        page("/live", exchange -> answer(exchange, 200, null));
        page(
                "/head-refused",
                exchange -> answer(exchange, exchange.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        page("/permanent", exchange -> answer(exchange, 301, "/live"));
        page("/permanent-308", exchange -> answer(exchange, 308, base + "/live"));
        page("/temporary", exchange -> answer(exchange, 302, "/live"));
        page("/permanent-then-temporary", exchange -> answer(exchange, 301, "/temporary"));
        page("/loop", exchange -> answer(exchange, 302, "/loop"));
        page("/missing", exchange -> answer(exchange, 404, null));
        page("/gone", exchange -> answer(exchange, 410, null));
        page("/forbidden", exchange -> answer(exchange, 403, null));
        page("/broken", exchange -> answer(exchange, 500, null));
        page("/slow", exchange -> {
            sleep(TIMEOUT.toMillis() / 3);
            answer(exchange, 200, null);
        });
        page("/hang", exchange -> {
            try {
                END.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, null);
        });
        page("/needs-cookie", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            if (cookie != null && cookie.contains("seen=1")) {
                answer(exchange, 200, null);
            } else {
                exchange.getResponseHeaders().add("Set-Cookie", "seen=1; Path=/");
                answer(exchange, 302, "/needs-cookie");
            }
        });
        page("/to-private", exchange -> answer(exchange, 302, "http://192.168.1.1/admin"));
        page("/to-metadata", exchange -> answer(exchange, 301, "http://169.254.169.254/latest/meta-data/"));
        page("/to-file", exchange -> answer(exchange, 302, "file:///etc/passwd"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        checker = new LinkChecker(new AddressPolicy(true), TIMEOUT, TIMEOUT, LinkChecker.userAgent(""));
    }

    @AfterAll
    static void stopSite() throws IOException {
        END.countDown();
        checker.close();
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void aLivePageIsOk() {
        assertThat(checker.check(base + "/live")).isEqualTo(CheckResult.ok());
    }

    @Test
    void aPageThatRefusesHeadIsAskedWithGet() {
        assertThat(checker.check(base + "/head-refused")).isEqualTo(CheckResult.ok());
    }

    @Test
    void aPermanentRedirectMeansTheLinkMovedToItsTarget() {
        assertThat(checker.check(base + "/permanent")).isEqualTo(CheckResult.moved(base + "/live"));
        assertThat(checker.check(base + "/permanent-308")).isEqualTo(CheckResult.moved(base + "/live"));
    }

    @Test
    void aTemporaryRedirectToALivePageIsOk() {
        assertThat(checker.check(base + "/temporary")).isEqualTo(CheckResult.ok());
    }

    @Test
    void aMoveIsWhereThePermanentRedirectsLeadNotWhereATemporaryOneGoesOn() {
        assertThat(checker.check(base + "/permanent-then-temporary")).isEqualTo(CheckResult.moved(base + "/temporary"));
    }

    @Test
    void aSiteThatRedirectsToSetACookieIsOkAndForgetsItAfterwards() {
        assertThat(checker.check(base + "/needs-cookie")).isEqualTo(CheckResult.ok());
        int before = REQUESTS.get();
        assertThat(checker.check(base + "/needs-cookie")).isEqualTo(CheckResult.ok());
        assertThat(REQUESTS.get() - before)
                .as("the second check starts without the cookie")
                .isEqualTo(2);
    }

    @Test
    void aRedirectLoopIsDeadAfterFiveRedirects() {
        int before = REQUESTS.get();
        CheckResult result = checker.check(base + "/loop");
        assertThat(result.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(result.problem()).isEqualTo(CheckProblem.TOO_MANY_REDIRECTS);
        assertThat(result.detail()).contains("More than 5 redirects");
        assertThat(REQUESTS.get() - before).isEqualTo(LinkChecker.MAX_REDIRECTS + 1);
    }

    @Test
    void missingAndGonePagesAreDead() {
        CheckResult missing = checker.check(base + "/missing");
        assertThat(missing.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(missing.problem()).isEqualTo(CheckProblem.NOT_FOUND);
        assertThat(missing.detail()).startsWith("HTTP 404");
        assertThat(checker.check(base + "/gone").problem()).isEqualTo(CheckProblem.NOT_FOUND);
    }

    @Test
    void otherErrorsAreDeadWithTheirStatus() {
        CheckResult broken = checker.check(base + "/broken");
        assertThat(broken.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(broken.problem()).isEqualTo(CheckProblem.HTTP_ERROR);
        assertThat(broken.detail()).startsWith("HTTP 500 Internal Server Error");
        // A site that turns automatic visitors away is told apart: readers learn the page may still open for them.
        CheckResult forbidden = checker.check(base + "/forbidden");
        assertThat(forbidden.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(forbidden.problem()).isEqualTo(CheckProblem.REFUSED_BY_SITE);
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsOk() {
        assertThat(checker.check(base + "/slow")).isEqualTo(CheckResult.ok());
    }

    @Test
    void aServerThatNeverAnswersIsDeadSoon() {
        long started = System.nanoTime();
        CheckResult result = checker.check(base + "/hang");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(result.problem()).isEqualTo(CheckProblem.TIMEOUT);
        // HEAD times out, then GET does: two read timeouts, far from the server's 30 s.
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void nothingAnswersOnAClosedPort() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CheckResult result = checker.check("http://127.0.0.1:" + closedPort + "/");
        assertThat(result.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(result.problem()).isEqualTo(CheckProblem.CONNECTION);
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsRequested() throws IOException {
        try (LinkChecker strict = new LinkChecker(new AddressPolicy(false), TIMEOUT, TIMEOUT, "test")) {
            int before = REQUESTS.get();
            for (String address : new String[] {
                base + "/live",
                base.replace("127.0.0.1", "localhost") + "/live",
                "http://[::1]:" + server.getAddress().getPort() + "/live"
            }) {
                CheckResult result = strict.check(address);
                assertThat(result.status()).as(address).isEqualTo(CheckStatus.DEAD);
                assertThat(result.problem()).as(address).isEqualTo(CheckProblem.PRIVATE_ADDRESS);
            }
            assertThat(REQUESTS.get()).isEqualTo(before);
        }
    }

    @Test
    void privateAddressesAreRefusedWithoutConnecting() throws IOException {
        // A connection attempt to these would wait out the 5 s connect timeout (nothing answers there).
        try (LinkChecker patient = new LinkChecker(new AddressPolicy(true), Duration.ofSeconds(5), TIMEOUT, "test")) {
            for (String address : new String[] {
                "http://10.0.0.1/",
                "http://192.168.1.1/",
                "https://172.16.0.1/x",
                "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/",
                "http://[fd00::1]/",
                "http://224.0.0.1/"
            }) {
                long started = System.nanoTime();
                CheckResult result = patient.check(address);
                assertThat(result.problem()).as(address).isEqualTo(CheckProblem.PRIVATE_ADDRESS);
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as(address)
                        .isLessThan(Duration.ofSeconds(1));
            }
        }
    }

    @Test
    void everyRedirectHopIsCheckedToo() {
        assertThat(checker.check(base + "/to-private").problem()).isEqualTo(CheckProblem.PRIVATE_ADDRESS);
        assertThat(checker.check(base + "/to-metadata").problem()).isEqualTo(CheckProblem.PRIVATE_ADDRESS);
        assertThat(checker.check(base + "/to-file").problem()).isEqualTo(CheckProblem.NOT_A_WEB_ADDRESS);
    }

    @Test
    void onlyWebAddressesAreChecked() {
        assertThat(checker.check("ftp://example.org/file").problem()).isEqualTo(CheckProblem.NOT_A_WEB_ADDRESS);
        assertThat(checker.check("javascript:alert(1)").problem()).isEqualTo(CheckProblem.NOT_A_WEB_ADDRESS);
    }

    private static void page(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            REQUESTS.incrementAndGet();
            handler.handle(exchange);
        });
    }

    private static void answer(HttpExchange exchange, int status, String location) throws IOException {
        try (exchange) {
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
            }
            byte[] body = "<!DOCTYPE html><title>page</title>".getBytes(StandardCharsets.UTF_8);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientWentAway) {
            // The checker drops connections once it has read the headers.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
