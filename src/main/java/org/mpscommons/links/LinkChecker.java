package org.mpscommons.links;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

/**
 * Finds out whether a link's address still leads to a page. It asks with HEAD (no page is downloaded) and falls
 * back to GET where HEAD is refused or fails, since some servers answer HEAD wrongly; of a GET only the status and
 * headers are read. Redirects are followed by hand, at most {@link #MAX_REDIRECTS}: a chain that starts with
 * permanent redirects (301, 308) and ends on a page means the link MOVED to where the permanent ones lead; temporary
 * ones are just followed. Every host, including each redirect's, is resolved by {@link AddressPolicy}, and the
 * client connects to exactly the addresses it approved: a link can never make the server visit its own network.
 */
final class LinkChecker implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;

    private final AddressPolicy policy;
    private final CloseableHttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    /** Ends a request that is still going after connect plus read timeout (a server trickling its headers). */
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "link-check-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    LinkChecker(AddressPolicy policy, Duration connectTimeout, Duration readTimeout, String userAgent) {
        this.policy = policy;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        DnsResolver publicOnly = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return policy.resolve(host);
            }

            @Override
            public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
                return Arrays.stream(policy.resolve(host))
                        .map(address -> new InetSocketAddress(address, port))
                        .toList();
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(publicOnly)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .setDefaultHeaders(List.of(
                        new BasicHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"),
                        new BasicHeader(HttpHeaders.ACCEPT_LANGUAGE, "ja,en;q=0.8")))
                .setUserAgent(userAgent)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** Says what the checker is, and where its site is, to the servers it visits. */
    static String userAgent(String siteUrl) {
        return "Mozilla/5.0 (compatible; MPSCommonsLinkChecker/1.0" + (siteUrl.isEmpty() ? "" : "; +" + siteUrl) + ")";
    }

    CheckResult check(String address) {
        URI start = WebAddress.parse(address).orElse(null);
        if (start == null) {
            return CheckResult.dead(CheckProblem.NOT_A_WEB_ADDRESS, "Not an http(s) address: " + address);
        }
        // Cookies live for one check only: some sites redirect to set one and then back, and would loop without it.
        HttpClientContext visit = HttpClientContext.create();
        visit.setCookieStore(new BasicCookieStore());
        URI current = start;
        URI movedTo = null;
        boolean onlyPermanent = true;
        for (int redirects = 0; ; redirects++) {
            Answer answer;
            try {
                answer = probe(current, visit);
            } catch (IOException e) {
                return failure(current, e);
            }
            int code = answer.code();
            if (code >= 200 && code < 300) {
                return movedTo == null
                                || movedTo.equals(start)
                                || movedTo.toString().length() > WebAddress.MAX_LENGTH
                        ? CheckResult.ok()
                        : CheckResult.moved(movedTo.toString());
            }
            if (isRedirect(code) && answer.location() != null) {
                if (redirects == MAX_REDIRECTS) {
                    return CheckResult.dead(
                            CheckProblem.TOO_MANY_REDIRECTS,
                            "More than " + MAX_REDIRECTS + " redirects; the last went to " + answer.location());
                }
                URI next = target(current, answer.location());
                if (next == null) {
                    return CheckResult.dead(
                            CheckProblem.NOT_A_WEB_ADDRESS, "HTTP " + code + " redirect to " + answer.location());
                }
                onlyPermanent &= code == 301 || code == 308;
                if (onlyPermanent) {
                    movedTo = next;
                }
                current = next;
                continue;
            }
            String status =
                    "HTTP " + code + (answer.reason().isBlank() ? "" : " " + answer.reason()) + " at " + current;
            if (code == 404 || code == 410) {
                return CheckResult.dead(CheckProblem.NOT_FOUND, status);
            }
            if (code == 401 || code == 403 || code == 429) {
                return CheckResult.dead(CheckProblem.REFUSED_BY_SITE, status);
            }
            return CheckResult.dead(CheckProblem.HTTP_ERROR, status);
        }
    }

    /** A status line and the one header that matters. */
    private record Answer(int code, String reason, String location) {}

    private Answer probe(URI uri, HttpClientContext visit) throws IOException {
        Answer head;
        try {
            head = send(new HttpHead(uri), visit);
        } catch (IOException e) {
            if (failsTheSameForGet(e)) {
                throw e;
            }
            return send(new HttpGet(uri), visit);
        }
        if (head.code() < 400) {
            return head;
        }
        // 405 and 501 say HEAD is not supported; some servers answer HEAD with other errors and GET with the page.
        try {
            return send(new HttpGet(uri), visit);
        } catch (IOException e) {
            return head;
        }
    }

    /** Failures before any request reached a server (no such host, refused address, no connection) repeat for GET. */
    private static boolean failsTheSameForGet(IOException e) {
        return e instanceof UnknownHostException
                || e instanceof ConnectTimeoutException
                || e instanceof ConnectException
                || e instanceof SSLException;
    }

    private Answer send(HttpUriRequestBase request, HttpClientContext visit) throws IOException {
        ScheduledFuture<?> deadline = deadlines.schedule(
                request::cancel, connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, request, visit);
        } catch (IOException e) {
            if (request.isCancelled()) {
                throw new SocketTimeoutException("No complete answer within " + connectTimeout.plus(readTimeout));
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        try {
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            String reason = response.getReasonPhrase();
            return new Answer(
                    response.getCode(), reason == null ? "" : reason, location == null ? null : location.getValue());
        } finally {
            // Only the status and headers matter: drop the connection instead of downloading the page.
            request.cancel();
            try {
                response.close();
            } catch (IOException alreadyDropped) {
                // Nothing left to release.
            }
        }
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    /** Where a Location header leads from {@code current}, if it is an http(s) address; null otherwise. */
    private static URI target(URI current, String location) {
        try {
            // URI.resolve drops the slash between host and a relative path when the base has no path at all.
            URI base = current.getRawPath() == null || current.getRawPath().isEmpty()
                    ? new URI(current.getScheme() + "://" + current.getRawAuthority() + "/"
                            + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery()))
                    : current;
            URI resolved = base.resolve(new URI(location.strip()));
            return WebAddress.parse(resolved.toString()).orElse(null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Some servers send unencoded characters; read them as an editor's address would be read.
            return WebAddress.parse(location.strip()).orElse(null);
        }
    }

    private CheckResult failure(URI at, IOException e) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (e instanceof AddressPolicy.RefusedAddressException) {
            return CheckResult.dead(CheckProblem.PRIVATE_ADDRESS, e.getMessage());
        }
        if (e instanceof UnknownHostException) {
            return CheckResult.dead(CheckProblem.NO_SUCH_HOST, "Unknown host: " + at.getHost());
        }
        if (e instanceof InterruptedIOException) {
            return CheckResult.dead(CheckProblem.TIMEOUT, detail + " at " + at);
        }
        return CheckResult.dead(CheckProblem.CONNECTION, detail + " at " + at);
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
