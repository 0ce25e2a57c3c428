package org.declaro.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A test client that writes bytes exactly as given and parses what comes back, for what HttpClient will not send. */
final class RawHttp {

    /** One answer: its status, headers (names in lower case), body, and whether the connection then ended cleanly. */
    record Answer(int status, Map<String, String> headers, String body, boolean closedCleanly) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code request}, reads one response, then waits for the server to end the connection when it said
     * {@code Connection: close}.
     *
     * @throws IOException when no complete response arrived (an empty reply, a reset or a timeout)
     */
    static Answer send(InetSocketAddress at, String request, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(at, timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return read(s.getInputStream());
        }
    }

    /** Reads one response from {@code in}; see {@link #send}. */
    static Answer read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head == null) {
            throw new IOException("empty reply: the connection ended before a status line");
        }
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (!statusLine[0].equals("HTTP/1.1") || statusLine.length < 2) {
            throw new IOException("not an HTTP/1.1 status line: " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line: " + lines[i]);
            }
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        if (length == null) {
            throw new IOException("no Content-Length in the response: " + headers);
        }
        byte[] body = in.readNBytes(Integer.parseInt(length));
        if (body.length < Integer.parseInt(length)) {
            throw new IOException("the body ended after " + body.length + " of " + length + " bytes");
        }
        boolean clean = true;
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            try {
                clean = in.read() == -1;
            } catch (SocketTimeoutException e) {
                clean = false;
            } catch (IOException e) {
                clean = false; // a reset
            }
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), clean);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            int n = head.size();
            byte[] h = head.toByteArray();
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return new String(h, 0, n - 4, StandardCharsets.ISO_8859_1);
            }
        }
        return head.size() == 0 ? null : head.toString(StandardCharsets.ISO_8859_1);
    }
}
