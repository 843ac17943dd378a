package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that open connections and never finish their headers (slowloris). A server with room for 20 connections
 * meets 30 such sockets from one address (127.0.0.2: Linux routes all of 127.0.0.0/8 to loopback) and must still
 * answer everyone else; only 127.0.0.1 counts as a trusted proxy here, so the per-address limit applies to 127.0.0.2.
 */
@SiteTest
@TestPropertySource(
        properties = {
            "server.tomcat.max-connections=20",
            "mps.http.max-connections-per-address=5",
            "server.tomcat.remoteip.internal-proxies=127.0.0.1/32"
        })
class SlowClientsTest {

    private static final String HALF_A_REQUEST = "GET /en/ HTTP/1.1\r\nHost: x\r\n";

    @LocalServerPort
    int port;

    @Test
    void slowHeadersFromOneAddressLeaveTheSiteAnsweringOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 30; i++) {
                slow.add(halfRequest("127.0.0.2"));
            }
            // A header line now and then keeps each socket's read timeout from ever running out.
            trickle.scheduleWithFixedDelay(
                    () -> slow.forEach(socket -> send(socket, "X-Slow: 1\r\n")), 0, 1, TimeUnit.SECONDS);

            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(20))
                    .build();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void headersThatStopComingAreCutOffWellBeforeAMinute() throws Exception {
        try (Socket socket = halfRequest("127.0.0.1")) {
            // The site's default header timeout is 20 seconds (application.yml); Tomcat's own is a minute.
            socket.setSoTimeout(45_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            while (in.read(buffer) >= 0) {
                // Whatever the server says before it closes (a 408, or nothing) does not matter.
            }
        }
    }

    @Test
    void aTrustedProxyMayHoldMoreConnectionsThanTheLimitPerAddress() throws Exception {
        List<Socket> proxied = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Socket socket = connect("127.0.0.1");
                send(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
                proxied.add(socket);
            }
            for (Socket socket : proxied) {
                socket.setSoTimeout(20_000);
                byte[] start = socket.getInputStream().readNBytes(12);
                assertThat(new String(start, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            }
        } finally {
            for (Socket socket : proxied) {
                socket.close();
            }
        }
    }

    private Socket halfRequest(String from) throws IOException {
        Socket socket = connect(from);
        send(socket, HALF_A_REQUEST);
        return socket;
    }

    private Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    private static void send(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The server closed it (over the limit, or timed out): nothing more to send.
        }
    }
}
