package org.declaro.examples.service;

import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server (RFC 9112) for the validation service, on NIO, with the timeouts the JDK's
 * {@code com.sun.net.httpserver} cannot give per server.
 *
 * <p>A dispatcher thread accepts connections and reads, without blocking, what each sends: a connection that waits
 * for its next request, or sends its head or a body of known length slowly, holds no worker. Once a request's head
 * and {@code Content-Length} body are in, a worker parses it, calls the handler and writes the answer within the
 * write timeout. A request not complete within the read timeout from its first byte gets 408 and the connection
 * ends; an idle connection is closed after the idle timeout. What only a worker reads (a chunked body, a body
 * after {@code 100 Continue}) is read with the rest of the read timeout as its deadline: the deadline shuts the
 * socket's input, which wakes the blocked worker.
 *
 * <p>Framing follows RFC 9112 section 6: a request with neither {@code Content-Length} nor
 * {@code Transfer-Encoding} has no body, so a {@code POST} without either is answered 411 (the bytes that follow
 * cannot be told from a next request); {@code chunked} is decoded; both headers at once, a bad length or an
 * unknown coding end the connection after the answer. An answer that ends the connection says
 * {@code Connection: close}, shuts the output and reads what the client still sends (for at most two seconds)
 * before closing, so the client reads the answer instead of a reset.
 */
final class HttpTransport implements AutoCloseable {

    /** A parsed request; {@code headers} hold lower-case names. */
    record Request(String method, String path, String rawQuery, List<String[]> headers, byte[] body) {
        /** @return the first value of the header, or null */
        String header(String name) {
            for (String[] h : headers) {
                if (h[0].equals(name)) {
                    return h[1];
                }
            }
            return null;
        }
    }

    /** An answer; {@code allow} is the {@code Allow} header, or null. */
    record Response(int status, String contentType, byte[] body, String allow, boolean close) {
        static Response of(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), null, false);
        }

        static Response json(int status, String body) {
            return of(status, "application/json; charset=utf-8", body);
        }

        static Response error(int status, String message) {
            return json(status, "{\"error\": " + quote(message) + "}\n");
        }

        Response closing() {
            return new Response(status, contentType, body, allow, true);
        }

        Response allowing(String methods) {
            return new Response(status, contentType, body, methods, close);
        }
    }

    /** What answers a request; may throw, which gives a logged 500. */
    interface Handler {
        Response handle(Request request) throws Exception;
    }

    /** The transport's settings, checked by the service's builder. */
    record Settings(int maxBodyBytes, int threads, Duration readTimeout, Duration idleTimeout, Duration writeTimeout) {
    }

    static final System.Logger LOG = System.getLogger(ValidationService.class.getName());
    private static final int MAX_REQUEST_LINE = 8 * 1024;
    private static final int MAX_HEADER_BYTES = 32 * 1024;
    private static final int MAX_HEADERS = 100;
    private static final long LINGER_MILLIS = 2000;
    private static final int BUFFER = 16 * 1024;
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Settings settings;
    private final Handler handler;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final Queue<Connection> returning = new ConcurrentLinkedQueue<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final Thread dispatcher;
    private volatile boolean closing;

    HttpTransport(InetSocketAddress at, Settings settings, Handler handler) throws IOException {
        this.settings = settings;
        this.handler = handler;
        this.server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(at, 128);
            server.configureBlocking(false);
            this.selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "declaro-service-worker-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "declaro-service-timer");
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Thread(this::dispatch, "declaro-service-dispatcher");
        dispatcher.start();
    }

    /** @return the bound address */
    InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("the service is closed", e);
        }
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            dispatcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                for (Connection c : open) {
                    c.close();
                }
                workers.shutdownNow();
                workers.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Connection c : open) {
            c.close();
        }
        timer.shutdownNow();
    }

    // ------------------------------------------------------------------ dispatcher

    private void dispatch() {
        long idleNanos = settings.idleTimeout().toNanos();
        long readNanos = settings.readTimeout().toNanos();
        long sweepEvery = Math.max(5_000_000L, Math.min(idleNanos, readNanos) / 4);
        long lastSweep = System.nanoTime();
        try {
            while (!closing) {
                selector.select(Math.max(5, Math.min(250, sweepEvery / 1_000_000)));
                // keys cancelled before this select are gone from the selector now, so a returning connection
                // can be registered again
                Connection back;
                while ((back = returning.poll()) != null) {
                    register(back);
                }
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        Connection c = (Connection) key.attachment();
                        if (c.gather()) {
                            key.cancel();
                            try {
                                workers.execute(() -> serve(c));
                            } catch (RejectedExecutionException e) {
                                c.close();
                            }
                        }
                    }
                }
                long now = System.nanoTime();
                if (now - lastSweep > sweepEvery) {
                    lastSweep = now;
                    for (SelectionKey key : selector.keys()) {
                        if (key.attachment() instanceof Connection c && key.isValid()) {
                            if (c.startedAt != 0 && now - c.startedAt > readNanos) {
                                key.cancel();
                                c.refuseLate(); // a request begun and not finished in time
                            } else if (c.startedAt == 0 && now - c.idleSince > idleNanos) {
                                key.cancel();
                                c.close();
                            }
                        }
                    }
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closing) {
                LOG.log(Level.ERROR, "the service stopped accepting connections", e);
            }
        } finally {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
            for (SelectionKey key : selector.keys()) {
                if (key.attachment() instanceof Connection c) {
                    c.close();
                }
            }
            try {
                selector.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void accept() {
        SocketChannel ch;
        while (true) {
            try {
                ch = server.accept();
            } catch (IOException e) {
                // out of file descriptors, for one: the pending connections wait in the backlog
                LOG.log(Level.WARNING, "cannot accept a connection: " + e.getMessage());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (ch == null) {
                return;
            }
            Connection c = new Connection(ch);
            open.add(c);
            try {
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                register(c);
            } catch (IOException e) {
                c.close();
            }
        }
    }

    private void register(Connection c) {
        try {
            c.channel.configureBlocking(false);
            c.idleSince = System.nanoTime();
            c.startedAt = 0;
            if (c.buf.length > BUFFER && c.pos == c.lim) {
                c.buf = new byte[BUFFER]; // a large body is not kept for an idle connection
                c.pos = 0;
                c.lim = 0;
            }
            c.channel.register(selector, SelectionKey.OP_READ, c);
        } catch (IOException | RuntimeException e) {
            c.close();
        }
    }

    // ------------------------------------------------------------------ a worker

    private void serve(Connection c) {
        try {
            c.channel.configureBlocking(true);
            while (true) {
                if (!serveOne(c)) {
                    c.close();
                    return;
                }
                if (c.pos == c.lim) {
                    break;
                }
                // a pipelined request is already here
            }
            if (closing) {
                c.close();
                return;
            }
            returning.add(c);
            selector.wakeup();
        } catch (IOException e) {
            c.close(); // the client went away or was cut off
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "unexpected error on a connection; closed it", e);
            c.close();
        }
    }

    /** @return whether the connection stays open for another request */
    private boolean serveOne(Connection c) throws IOException {
        c.timedOut = false;
        long spent = c.startedAt == 0 ? 0 : System.nanoTime() - c.startedAt;
        long left = Math.max(1, settings.readTimeout().toMillis() - spent / 1_000_000);
        ScheduledFuture<?> deadline = timer.schedule(() -> c.timeOutReading(), left, TimeUnit.MILLISECONDS);
        Response answer;
        Request request = null;
        try {
            request = read(c);
            c.startedAt = 0;
            if (request == null) {
                return false; // the client closed an idle connection
            }
            answer = null;
        } catch (Refusal r) {
            answer = r.response;
        } catch (EOFException e) {
            answer = c.timedOut ? Response.error(408, "the request did not arrive within " + seconds(settings.readTimeout())
                    + ": send the whole request at once").closing() : null;
            if (answer == null) {
                return false; // the client went away in the middle of a request
            }
        } finally {
            deadline.cancel(false);
        }
        boolean head = false;
        if (answer == null) {
            head = request.method().equals("HEAD");
            try {
                answer = handler.handle(request);
            } catch (Exception | Error e) {
                LOG.log(Level.ERROR, "unexpected error answering " + request.method() + " " + request.path(), e);
                answer = Response.error(500, "internal error: the service failed on this request; it has been logged");
            }
            if (answer == null) {
                LOG.log(Level.ERROR, "no answer for " + request.method() + " " + request.path());
                answer = Response.error(500, "internal error: the service failed on this request; it has been logged");
            }
            if (wantsClose(request)) {
                answer = answer.closing();
            }
        }
        if (closing) {
            answer = answer.closing();
        }
        write(c, answer, head);
        if (answer.close()) {
            lingeringClose(c);
            return false;
        }
        return true;
    }

    private static boolean wantsClose(Request r) {
        String connection = r.header("connection");
        return connection != null && tokens(connection).contains("close");
    }

    // ------------------------------------------------------------------ reading a request

    /** An answer given before the handler is asked, for a request that cannot be read. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Response response;

        Refusal(int status, String message) {
            super(message);
            this.response = Response.error(status, message).closing();
        }
    }

    /** @return the request, or null when the connection ended before its first byte */
    private Request read(Connection c) throws IOException {
        String line;
        int empty = 0;
        do {
            if (c.pos == c.lim && !c.fill()) {
                return null;
            }
            line = c.readLine(MAX_REQUEST_LINE, 414, "the request line is over " + MAX_REQUEST_LINE + " bytes: shorten the URL");
            // RFC 9112 2.2: ignore at least one empty line before the request line
        } while (line.isEmpty() && ++empty < 4);
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw new Refusal(400, "the request line is not 'METHOD TARGET HTTP/1.1'");
        }
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            if (version.matches("HTTP/[0-9]\\.[0-9]")) {
                throw new Refusal(505, "HTTP version " + version.substring(5) + " is not supported: use HTTP/1.1");
            }
            throw new Refusal(400, "the request line is not 'METHOD TARGET HTTP/1.1'");
        }
        String method = parts[0];
        String target = parts[1];
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        if (!target.startsWith("/")) {
            throw new Refusal(400, "the request target must be a path starting with '/'");
        }
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);

        List<String[]> headers = new ArrayList<>();
        int headerBytes = 0;
        while (true) {
            String h = c.readLine(MAX_HEADER_BYTES, 431, "the headers are over " + MAX_HEADER_BYTES + " bytes");
            if (h.isEmpty()) {
                break;
            }
            headerBytes += h.length();
            if (headerBytes > MAX_HEADER_BYTES || headers.size() >= MAX_HEADERS) {
                throw new Refusal(431, "the headers are over " + MAX_HEADER_BYTES + " bytes or " + MAX_HEADERS + " fields");
            }
            int colon = h.indexOf(':');
            if (h.charAt(0) == ' ' || h.charAt(0) == '\t' || colon <= 0 || !isToken(h.substring(0, colon))) {
                throw new Refusal(400, "a header line is malformed (folded, or without 'name: value')");
            }
            headers.add(new String[] {h.substring(0, colon).toLowerCase(Locale.ROOT), h.substring(colon + 1).strip()});
        }
        if (version.equals("HTTP/1.1") && headers.stream().filter(h -> h[0].equals("host")).count() != 1) {
            throw new Refusal(400, "an HTTP/1.1 request needs exactly one Host header");
        }
        byte[] body = body(c, method, version, headers);
        Request r = new Request(method, path, query, List.copyOf(headers), body);
        if (version.equals("HTTP/1.0")) {
            List<String[]> closed = new ArrayList<>(headers);
            closed.add(0, new String[] {"connection", "close"}); // no keep-alive for HTTP/1.0
            r = new Request(method, path, query, List.copyOf(closed), body);
        }
        return r;
    }

    private byte[] body(Connection c, String method, String version, List<String[]> headers) throws IOException {
        List<String> te = new ArrayList<>();
        List<String> cl = new ArrayList<>();
        String expect = null;
        for (String[] h : headers) {
            switch (h[0]) {
                case "transfer-encoding" -> te.addAll(tokens(h[1]));
                case "content-length" -> cl.addAll(List.of(h[1].split(",", -1)));
                case "expect" -> expect = h[1];
                default -> {
                }
            }
        }
        long length;
        boolean chunked = false;
        if (!te.isEmpty()) {
            if (!cl.isEmpty()) {
                throw new Refusal(400, "send either Content-Length or Transfer-Encoding, not both");
            }
            if (version.equals("HTTP/1.0") || !te.get(te.size() - 1).equals("chunked")) {
                throw new Refusal(400, "the body's length cannot be known: chunked must be the last transfer coding");
            }
            if (te.size() > 1) {
                throw new Refusal(501, "transfer coding " + te.get(0) + " is not supported: send the body chunked or with Content-Length");
            }
            chunked = true;
            length = -1;
        } else if (!cl.isEmpty()) {
            String first = cl.get(0).strip();
            for (String v : cl) {
                if (!v.strip().equals(first)) {
                    throw new Refusal(400, "Content-Length is given with different values");
                }
            }
            if (!first.matches("[0-9]{1,18}")) {
                throw new Refusal(400, "Content-Length must be a number of bytes, not '" + first + "'");
            }
            length = Long.parseLong(first);
        } else {
            // RFC 9112 6.3: without either, a request has no body; what the client sends next would be read as
            // another request, so refuse a method that carries one
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                throw new Refusal(411, "send the body with a Content-Length header (or Transfer-Encoding: chunked)");
            }
            return new byte[0];
        }
        if (length > settings.maxBodyBytes()) {
            throw tooLarge();
        }
        if (expect != null) {
            if (!expect.equalsIgnoreCase("100-continue")) {
                throw new Refusal(417, "only 'Expect: 100-continue' is supported");
            }
            if (version.equals("HTTP/1.1")) {
                c.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return chunked ? c.readChunked(this) : c.readFully((int) length);
    }

    Refusal tooLarge() {
        return new Refusal(413, "the body is over the limit of " + settings.maxBodyBytes() + " bytes");
    }

    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split(",")) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch > 32 && ch < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(ch) < 0;
            if (!ok) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    // ------------------------------------------------------------------ writing the answer

    private void write(Connection c, Response r, boolean head) throws IOException {
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        h.append("Date: ").append(DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        h.append("Content-Type: ").append(r.contentType()).append("\r\n");
        h.append("Content-Length: ").append(r.body().length).append("\r\n");
        if (r.allow() != null) {
            h.append("Allow: ").append(r.allow()).append("\r\n");
        }
        if (r.close()) {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        byte[] head0 = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        ScheduledFuture<?> deadline = timer.schedule(c::close, settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            if (head || r.body().length == 0) {
                c.write(head0);
            } else {
                c.write(head0, r.body());
            }
        } finally {
            deadline.cancel(false);
        }
    }

    /** Ends the connection so that the client reads the answer: FIN first, then what it still sends is read and dropped. */
    private void lingeringClose(Connection c) {
        ScheduledFuture<?> deadline = timer.schedule(c::close, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        try {
            c.channel.shutdownOutput();
            ByteBuffer sink = ByteBuffer.allocate(16 * 1024);
            while (c.channel.read(sink) >= 0) {
                sink.clear();
            }
        } catch (IOException e) {
            // the client closed or reset first: nothing to wait for
        } finally {
            deadline.cancel(false);
            c.close();
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 417 -> "Expectation Failed";
            case 422 -> "Unprocessable Content";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // ------------------------------------------------------------------ a connection

    /** One client connection with its read buffer. */
    private final class Connection {
        final SocketChannel channel;
        byte[] buf = new byte[BUFFER];
        int pos;
        int lim;
        volatile long idleSince;
        /** When the first byte of the request being gathered came; 0 between requests. */
        volatile long startedAt;
        volatile boolean timedOut;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        /**
         * Reads what has arrived, without blocking (in the dispatcher).
         *
         * @return whether a worker should take over: the head and a {@code Content-Length} body are here, or the
         *         request needs what only a worker does (chunked, {@code Expect}, errors, the end of the stream)
         */
        boolean gather() {
            try {
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, lim - pos);
                    lim -= pos;
                    pos = 0;
                }
                if (lim == buf.length) {
                    return true;
                }
                int n = channel.read(ByteBuffer.wrap(buf, lim, buf.length - lim));
                if (n < 0) {
                    if (lim == 0) {
                        close(); // an idle connection closed by the client
                        return false;
                    }
                    return true;
                }
                lim += n;
                while (pos < lim && (buf[pos] == '\r' || buf[pos] == '\n')) {
                    pos++; // empty lines before a request line are ignored (RFC 9112 2.2)
                }
                if (pos == lim) {
                    return false;
                }
                if (startedAt == 0) {
                    startedAt = System.nanoTime();
                }
                return complete();
            } catch (IOException e) {
                close();
                return false;
            }
        }

        /** Whether the head, and a body of known length, are in the buffer; makes room for the body otherwise. */
        private boolean complete() {
            int end = -1;
            for (int i = pos; i + 1 < lim; i++) {
                if (buf[i] == '\n' && (buf[i + 1] == '\n' || (buf[i + 1] == '\r' && i + 2 < lim && buf[i + 2] == '\n'))) {
                    end = buf[i + 1] == '\n' ? i + 2 : i + 3;
                    break;
                }
            }
            if (end < 0) {
                return lim == buf.length; // a worker answers a head that does not fit
            }
            long length = 0;
            for (String line : new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1).split("\r?\n")) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (name.equals("transfer-encoding") || name.equals("expect")) {
                    return true;
                }
                if (name.equals("content-length")) {
                    String v = line.substring(colon + 1).strip();
                    if (!v.matches("[0-9]{1,9}")) {
                        return true;
                    }
                    length = Long.parseLong(v);
                }
            }
            if (length > settings.maxBodyBytes()) {
                return true;
            }
            long need = end + length;
            if (need <= lim) {
                return true;
            }
            if (need > buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * buf.length)));
            }
            return false;
        }

        /** Answers 408 without blocking, as far as the socket takes it, and closes. */
        void refuseLate() {
            try {
                byte[] body = Response.error(408, "the request did not arrive within " + seconds(settings.readTimeout())
                        + ": send the whole request at once").body();
                String head = "HTTP/1.1 408 Request Timeout\r\nDate: " + DATE.format(ZonedDateTime.now(ZoneOffset.UTC))
                        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n";
                channel.write(new ByteBuffer[] {ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1)), ByteBuffer.wrap(body)});
                channel.shutdownOutput();
            } catch (IOException e) {
                // closing anyway
            } finally {
                close();
            }
        }

        void timeOutReading() {
            timedOut = true;
            try {
                channel.shutdownInput(); // wakes the blocked read with an end of stream
            } catch (IOException | RuntimeException e) {
                close();
            }
        }

        void close() {
            open.remove(this);
            try {
                channel.close();
            } catch (IOException e) {
                // closed anyway
            }
        }

        /** @return false at the end of the stream */
        boolean fill() throws IOException {
            if (pos == lim) {
                pos = 0;
                lim = 0;
            }
            int n;
            try {
                n = channel.read(ByteBuffer.wrap(buf, lim, buf.length - lim));
            } catch (ClosedChannelException e) {
                throw new EOFException("closed");
            }
            if (n < 0) {
                return false;
            }
            lim += n;
            return true;
        }

        /** A line up to LF (a CR before it dropped), as ISO-8859-1. */
        String readLine(int max, int status, String tooLong) throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                if (pos == lim && !fill()) {
                    throw new EOFException("the connection ended inside a line");
                }
                byte b = buf[pos++];
                if (b == '\n') {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= max) {
                    throw new Refusal(status, tooLong);
                }
                line.append((char) (b & 0xff));
            }
        }

        byte[] readFully(int n) throws IOException {
            byte[] out = new byte[n];
            int done = 0;
            while (done < n) {
                if (pos == lim && !fill()) {
                    throw new EOFException("the body ended after " + done + " of " + n + " bytes");
                }
                int k = Math.min(n - done, lim - pos);
                System.arraycopy(buf, pos, out, done, k);
                pos += k;
                done += k;
            }
            return out;
        }

        byte[] readChunked(HttpTransport t) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(1024, 400, "a chunk size line is over 1024 bytes");
                int semi = sizeLine.indexOf(';');
                String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
                if (!hex.matches("[0-9A-Fa-f]{1,8}")) {
                    throw new Refusal(400, "a chunk size is not a hexadecimal number: '" + hex + "'");
                }
                long size = Long.parseLong(hex, 16);
                if (size == 0) {
                    int trailer = 0;
                    while (!readLine(MAX_HEADER_BYTES, 431, "a trailer line is too long").isEmpty()) {
                        if (++trailer > MAX_HEADERS) {
                            throw new Refusal(431, "too many trailer fields");
                        }
                    }
                    return out.toByteArray();
                }
                if (out.size() + size > t.settings.maxBodyBytes()) {
                    throw t.tooLarge();
                }
                out.write(readFully((int) size));
                if (!readLine(2, 400, "a chunk does not end with CRLF").isEmpty()) {
                    throw new Refusal(400, "a chunk does not end with CRLF");
                }
            }
        }

        void write(byte[]... parts) throws IOException {
            ByteBuffer[] buffers = new ByteBuffer[parts.length];
            long total = 0;
            for (int i = 0; i < parts.length; i++) {
                buffers[i] = ByteBuffer.wrap(parts[i]);
                total += parts[i].length;
            }
            long written = 0;
            while (written < total) {
                written += channel.write(buffers);
            }
        }
    }
}
