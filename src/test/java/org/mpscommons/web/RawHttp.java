package org.mpscommons.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests as bytes on a socket, for what java.net.http refuses to send (a malformed %-escape, half a request). */
final class RawHttp {

    private RawHttp() {}

    /** Sends {@code request} as it is and reads the answer until the server closes the connection. */
    static String exchange(int port, String request) {
        return new String(exchangeBytes(port, request), StandardCharsets.UTF_8);
    }

    /** The same, for an answer that is not text (a PDF). */
    static byte[] exchangeBytes(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code target} (written as given, escapes and all) that asks the server to close afterwards. */
    static String get(int port, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return exchange(port, request.append("Connection: close\r\n\r\n").toString());
    }
}
