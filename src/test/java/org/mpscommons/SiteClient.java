package org.mpscommons;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP against the running test server: no redirects followed, cookies kept as one browser keeps them. */
public final class SiteClient {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final HttpClient client;
    private final String base;
    private final String address;

    /**
     * A client that keeps cookies, like one browser, on a network address of its own: the test server trusts
     * X-Forwarded-For from loopback (as from a reverse proxy), so per-address limits count each client apart.
     */
    public SiteClient(int port) {
        this(port, nextAddress());
    }

    public SiteClient(int port, String address) {
        this.address = address;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(cookies)
                .build();
    }

    /** A fresh address in 198.18.0.0/15, the range set aside for benchmark tests (RFC 2544). */
    public static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.18." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    public String address() {
        return address;
    }

    /** Drops a cookie, as a browser does when it ends a session cookie or the user clears it. */
    public void forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .toList()
                .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
    }

    /** The value of one of this client's cookies, if set. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /**
     * Loads the page at {@code formPage} and posts {@code fields} to {@code action} together with the page's hidden
     * fields (the CSRF token, the form's signed start time…), as a browser would; {@code fields} win.
     */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> form = formFields(formPage);
        form.putAll(fields);
        return post(action, form);
    }

    /** The hidden fields of the page at {@code formPage} (the CSRF token, the form's signed start time…). */
    public Map<String, String> formFields(String formPage) {
        HttpResponse<String> page = get(formPage);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        if (!form.containsKey("_csrf")) {
            throw new IllegalStateException("No CSRF field on " + formPage);
        }
        return form;
    }

    /** This client's cookies as a browser sends them, for a request made by other means. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** POSTs a form as a browser does, without adding a CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, new String[0]);
    }

    /** POSTs a form with the given header name/value pairs (e.g. Accept, as a page's script sends it). */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * POSTs a multipart form as a browser does, without adding a CSRF token: {@code fields} in order (a name may come
     * more than once), then a file field, left empty when {@code file} is null (as a browser sends one nobody used).
     */
    public HttpResponse<String> postMultipart(
            String path, java.util.List<Map.Entry<String, String>> fields, String fileField, byte[] file) {
        String boundary =
                "----SiteClient" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"" + (file == null ? "" : "photo.jpg")
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (file != null) {
            body.writeBytes(file);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request);
    }

    public String base() {
        return base;
    }

    /** GET with the given header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (!java.util.Arrays.asList(headers).contains("X-Forwarded-For")) {
            request.header("X-Forwarded-For", address);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page's HTML without the markup that breaks Japanese headings and titles between phrases ({@code <wbr>} and
     * their spans), so a test can look for the words as a reader sees them.
     */
    public static String words(String html) {
        return html.replaceAll("<wbr>|<span class=\"(?:phrases|long-phrase)\">", "");
    }
}
