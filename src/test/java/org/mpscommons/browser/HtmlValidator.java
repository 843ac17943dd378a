package org.mpscommons.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (vnu.jar from the npm package vnu-jar), run once per test JVM as a local HTTP service in its own
 * process, so that its Jetty never meets the application's classpath.
 */
final class HtmlValidator {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static HtmlValidator instance;

    private final Process process;
    private final URI endpoint;
    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HtmlValidator(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/?out=json");
    }

    static synchronized HtmlValidator shared() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    /** Error messages for the document; warnings and info messages are left out. */
    List<String> errors(String html) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(html))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            JsonNode result = json.readTree(
                    client.send(request, HttpResponse.BodyHandlers.ofString()).body());
            List<String> errors = new ArrayList<>();
            for (JsonNode message : result.get("messages")) {
                String type = message.path("type").asString();
                if (type.equals("error") || message.path("subType").asString().equals("fatal")) {
                    errors.add("line " + message.path("lastLine").asInt() + ": "
                            + message.path("message").asString() + " ["
                            + message.path("extract").asString() + "]");
                }
            }
            return errors;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HtmlValidator start() {
        Path jar = Path.of(System.getProperty("mps.test.vnu-jar", "node_modules/vnu-jar/build/dist/vnu.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("vnu.jar not found at " + jar + ": run `npm ci` (Maven does it in verify)");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("vnu-", ".log");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xss2m",
                            "-Xmx512m",
                            "-Dnu.validator.servlet.bind-address=127.0.0.1",
                            "-cp",
                            jar.toString(),
                            "nu.validator.servlet.Main",
                            Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HtmlValidator validator = new HtmlValidator(process, port);
            validator.awaitReady(log);
            return validator;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("vnu exited: " + Files.readString(log));
            }
            try {
                errors("<!DOCTYPE html><html lang=\"en\"><title>probe</title></html>");
                return;
            } catch (RuntimeException notYet) {
                sleep();
            }
        }
        process.destroy();
        throw new IllegalStateException("vnu did not start within " + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
