package org.declaro.examples.service;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.declaro.akn.AknWriter;
import org.declaro.examples.cli.JsonReport;
import org.declaro.examples.service.HttpTransport.Request;
import org.declaro.examples.service.HttpTransport.Response;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/**
 * A small validation service over HTTP/1.1, no framework:
 *
 * <ul>
 * <li>{@code POST /validate} with a document (JSON) answers the validation report as JSON: 200 when the body was
 * JSON (valid or not: see {@code "valid"}), 400 when it was not (the report names the {@code json.syntax}
 * finding);</li>
 * <li>{@code POST /render?to=html|markdown|text|akn} answers the document in that view, as {@code declaro render}
 * does: 200; 400 with the report when it cannot be read, or with an error when {@code to} is missing, unknown or
 * given twice; 422 with the report when the document is too broken for the view.</li>
 * </ul>
 * The query is percent-decoded, its parameters may come in any order, and parameters other than {@code to} are
 * ignored. Paths match exactly: anything else is 404; another method than {@code POST} is 405 with
 * {@code Allow: POST}. Every error answer is JSON, {@code {"error": "..."}}. Over the size limit: 413; a
 * {@code POST} with neither {@code Content-Length} nor {@code Transfer-Encoding: chunked}: 411; a request that
 * does not arrive within the read timeout: 408. An unexpected failure gives 500 and is logged
 * ({@code System.Logger} named after this class).
 *
 * <p>Start one with {@link #builder()}. Bound to 127.0.0.1 unless told otherwise. One validator serves all
 * requests (it is thread-safe). One thread reads requests without blocking, so slow or quiet clients hold no
 * worker; a pool of worker threads answers them.
 */
public final class ValidationService implements AutoCloseable {

    /** The default largest body: 8 MiB. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
    /** The default port of {@link Builder}, as {@code declaro serve}'s. */
    public static final int DEFAULT_PORT = 8080;
    /** The default time a request (line, headers and body) has to arrive once it started: 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** The default time a connection may wait for its next request: 30 s. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The default time an answer has to be taken by the client: 30 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

    /** The views of {@code /render}, as {@code declaro render --to} names them. */
    private static final List<String> VIEWS = List.of("html", "markdown", "text", "akn");

    private final HttpTransport transport;
    private final DocumentValidator validator;
    private final DocumentReader reader;
    private final Limits limits;
    private final Map<String, View> views;

    /** A view of {@code /render}: its media type and how to make it. */
    private record View(String contentType, Function<Document, String> renderer) {
    }

    private ValidationService(Builder b) throws IOException {
        this.views = Map.copyOf(b.views);
        this.limits = b.limits;
        this.validator = DocumentValidator.builder().limits(b.limits).build();
        this.reader = DocumentReader.lenient().withLimits(b.limits);
        // a body is held in memory as one array
        int maxBody = (int) Math.min(b.limits.maxInputBytes(), Integer.MAX_VALUE - 8);
        this.transport = new HttpTransport(new InetSocketAddress(b.address, b.port),
                new HttpTransport.Settings(maxBody, b.threads, b.readTimeout, b.idleTimeout, b.writeTimeout), this::handle);
    }

    /**
     * A builder with the defaults: 127.0.0.1, port {@value #DEFAULT_PORT}, {@link #DEFAULT_MAX_BYTES}, four worker
     * threads a core (at least eight), and the default timeouts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a service.
     *
     * @param address  where to listen, e.g. {@code 127.0.0.1}
     * @param port     the port, 0 to 65535; 0 for any free one
     * @param maxBytes the largest body accepted, at least 1
     * @param threads  how many worker threads, at least 1
     * @return the running service
     * @throws IOException              if the port cannot be bound
     * @throws IllegalArgumentException if a value is out of its range
     */
    public static ValidationService start(InetAddress address, int port, int maxBytes, int threads) throws IOException {
        return builder().address(address).port(port).maxBytes(maxBytes).threads(threads).start();
    }

    /**
     * Starts a service on 127.0.0.1 with the defaults.
     *
     * @param port the port, 0 to 65535; 0 for any free one
     * @return the running service
     * @throws IOException              if the port cannot be bound
     * @throws IllegalArgumentException if the port is out of range
     */
    public static ValidationService start(int port) throws IOException {
        return builder().port(port).start();
    }

    /** @return the limits it reads documents within; a body over {@link Limits#maxInputBytes()} gets 413 */
    public Limits limits() {
        return limits;
    }

    /** @return the address and port it listens on */
    public InetSocketAddress address() {
        return transport.address();
    }

    /** Stops the service: no new connections; requests in progress get up to a second to finish. */
    @Override
    public void close() {
        transport.close();
    }

    /** Settings of a {@link ValidationService}; every setter checks its value. */
    public static final class Builder {
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_PORT;
        private Limits limits = Limits.DEFAULTS.withMaxInputBytes(DEFAULT_MAX_BYTES);
        private int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private final Map<String, View> views = new LinkedHashMap<>();

        private Builder() {
            views.put("html", new View("text/html; charset=utf-8", d -> HtmlRenderer.get().render(d)));
            views.put("markdown", new View("text/markdown; charset=utf-8", d -> MarkdownRenderer.get().render(d)));
            views.put("text", new View("text/plain; charset=utf-8", d -> TextRenderer.get().render(d)));
            views.put("akn", new View("application/akn+xml; charset=utf-8", d -> AknWriter.get().write(d)));
        }

        /**
         * @param address where to listen; {@code 0.0.0.0} for every interface (default: the loopback address)
         * @return this builder
         */
        public Builder address(InetAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param port the port, 0 to 65535; 0 for any free one (default {@value #DEFAULT_PORT})
         * @return this builder
         * @throws IllegalArgumentException if it is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must be between 0 and 65535 (0 for any free port), not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param limits the limits documents are read within, as everywhere in Declaro: a body over
         *               {@link Limits#maxInputBytes()} gets 413, the others give {@code limit.exceeded} findings
         *               (default: {@link Limits#DEFAULTS} with 8 MiB of input, {@link #DEFAULT_MAX_BYTES})
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Shorthand for {@code limits(limits.withMaxInputBytes(maxBytes))}.
         *
         * @param maxBytes the largest request body accepted; larger ones get 413 (default 8 MiB)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("the largest body must be at least 1 byte, not " + maxBytes);
            }
            this.limits = limits.withMaxInputBytes(maxBytes);
            return this;
        }

        /**
         * @param threads how many requests are answered at once (default: four a core, at least eight). Slow
         *                clients hold none while they send a head or a {@code Content-Length} body; a chunked
         *                body is read by a worker, for at most the read timeout.
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("the service needs at least 1 worker thread, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param timeout how long a request (line, headers and body) may take to arrive once its first byte came;
         *                then it gets 408 and the connection is closed (default 30 s)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "read timeout");
            return this;
        }

        /**
         * @param timeout how long an open connection may wait for its next request before it is closed
         *                (default 30 s); a waiting connection holds no worker thread
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idle timeout");
            return this;
        }

        /**
         * @param timeout how long writing an answer may take (a client that does not read it is cut off;
         *                default 30 s)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "write timeout");
            return this;
        }

        /** Replaces a view of {@code /render}, for tests that need a renderer to fail. */
        Builder view(String name, String contentType, Function<Document, String> renderer) {
            views.put(name, new View(contentType, renderer));
            return this;
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero() || d.toMillis() < 1) {
                throw new IllegalArgumentException("the " + what + " must be at least 1 ms, not " + d);
            }
            return d;
        }

        /**
         * Binds the port and starts serving.
         *
         * @return the running service; close it to stop
         * @throws IOException if the port cannot be bound
         */
        public ValidationService start() throws IOException {
            return new ValidationService(this);
        }
    }

    // ------------------------------------------------------------------ routes

    private Response handle(Request r) {
        boolean render = r.path().equals("/render");
        if (!render && !r.path().equals("/validate")) {
            return Response.error(404, "not found: use POST /validate or POST /render?to=" + String.join("|", VIEWS));
        }
        if (!r.method().equals("POST")) {
            return Response.error(405, "use POST with the document as the body").allowing("POST");
        }
        return render ? render(r) : validate(r.body());
    }

    private Response validate(byte[] body) {
        ValidationReport report = validator.validate(body);
        boolean malformed = report.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_SYNTAX);
        return Response.json(malformed ? 400 : 200, JsonReport.write(report));
    }

    private Response render(Request r) {
        List<String> to;
        try {
            to = parseQuery(r.rawQuery()).getOrDefault("to", List.of());
        } catch (IllegalArgumentException e) {
            return Response.error(400, "the query is not well formed (" + e.getMessage() + "): give ?to=" + String.join("|", VIEWS));
        }
        if (to.size() != 1) {
            return Response.error(400, (to.isEmpty() ? "say which view: " : "give 'to' once: ") + "?to=" + String.join("|", VIEWS));
        }
        View view = views.get(to.get(0));
        if (view == null) {
            return Response.error(400, "unknown view '" + to.get(0) + "': give ?to=" + String.join("|", VIEWS));
        }
        ReadResult read = reader.read(r.body());
        if (read.hasErrors() || read.document().isEmpty()) {
            return Response.json(400, JsonReport.write(validator.validate(r.body())));
        }
        try {
            return Response.of(200, view.contentType(), view.renderer().apply(read.document().get()));
        } catch (RuntimeException e) {
            ValidationReport report = validator.validate(r.body());
            if (report.isValid()) {
                throw e; // a valid document must render: a 500, logged
            }
            HttpTransport.LOG.log(Level.WARNING, "the " + to.get(0) + " view failed on an invalid document; answered 422", e);
            return Response.json(422, JsonReport.write(report));
        }
    }

    /**
     * Parses a query string: {@code name=value} pairs joined by {@code &}, percent-decoded as UTF-8 ({@code +} is a
     * space), in any order; a name without {@code =} has the value "".
     *
     * @param raw the query as it came, or null
     * @return the values of each name, in order
     * @throws IllegalArgumentException if a percent escape is malformed
     */
    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad percent escape in '" + s + "'", e);
        }
    }
}
