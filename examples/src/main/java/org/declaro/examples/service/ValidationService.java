package org.declaro.examples.service;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.declaro.akn.AknWriter;
import org.declaro.examples.cli.JsonReport;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
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
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A small validation service over HTTP/1.1, on Jetty (the core {@code Handler} API, no servlets):
 *
 * <ul>
 * <li>{@code POST /validate} with a document (JSON) answers the validation report as JSON: 200 when the body was
 * JSON (valid or not: see {@code "valid"}), 400 when it was not (the report names the {@code json.syntax}
 * finding);</li>
 * <li>{@code POST /import} with a text, Markdown, PDF or Word file (told by its {@code Content-Type}: {@code text/plain},
 * {@code text/markdown}, {@code application/pdf}, the Word type; or by its first bytes) answers
 * {@code {"valid", "findings", "document"}}, the document with its commitments: 200, or 422 when the import has
 * errors (a file that cannot be read, a type no installed reader reads);</li>
 * <li>{@code POST /render?to=html|markdown|text|akn} answers the document in that view, as {@code declaro render}
 * does: 200; 400 with the report when it cannot be read, or with an error when {@code to} is missing, unknown or
 * given twice; 422 with the report when the document is too broken for the view.</li>
 * </ul>
 * The query is percent-decoded, its parameters may come in any order, and parameters other than {@code to} are
 * ignored. Paths match exactly: anything else is 404; another method than {@code POST} is 405 with
 * {@code Allow: POST}. Every error answer is JSON, {@code {"error": "..."}}. Over the size limit: 413; a
 * {@code POST} with neither {@code Content-Length} nor {@code Transfer-Encoding: chunked}: 411; a transfer coding
 * other than {@code chunked}: 501; a request that does not arrive within the read timeout, or whose body comes
 * slower than the minimum data rate: 408. A request Jetty cannot parse under RFC 9110/9112 (bare LF, ambiguous
 * framing, a bad header, a head over 8 KiB) gets 400, 414 or 431 and the connection ends. An unexpected failure
 * gives 500 and is logged ({@code System.Logger} named after this class).
 *
 * <p>Start one with {@link #builder()}. Bound to 127.0.0.1 unless told otherwise. One validator serves all
 * requests (it is thread-safe). Waiting connections, heads and bodies that arrive slowly hold no thread: a body is
 * read as it comes, and a bounded pool of threads answers the requests that are all in. The number of open
 * connections is bounded (past it, new ones wait in the accept queue); {@link #close()} stops accepting and lets
 * the requests in progress finish.
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
    /** The default time {@link #close()} gives the requests in progress: 5 s. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);
    /** The default slowest body accepted after its first second: 1024 bytes a second. */
    public static final long DEFAULT_MIN_DATA_RATE = 1024;
    /** The default length of the accept queue (the kernel may cap it: {@code net.core.somaxconn} on Linux). */
    public static final int DEFAULT_BACKLOG = 1024;
    /** The largest request line and headers together: 8 KiB (a longer target gets 414, longer headers 431). */
    public static final int MAX_HEAD_BYTES = 8 * 1024;

    /** The views of {@code /render}, as {@code declaro render --to} names them. */
    private static final List<String> VIEWS = List.of("html", "markdown", "text", "akn");

    private final Server server;
    private final ServerConnector connector;
    private final InetAddress bound;
    private final DocumentValidator validator;
    private final DocumentReader reader;
    private final TextImporter importer;
    private final Limits limits;
    private final Map<String, View> views;

    /** A view of {@code /render}: its media type and how to make it. */
    private record View(String contentType, Function<Document, String> renderer) {
    }

    private ValidationService(Builder b) throws IOException {
        this.views = Map.copyOf(b.views);
        this.bound = b.address;
        this.limits = b.limits;
        this.validator = DocumentValidator.builder().limits(b.limits).build();
        this.reader = DocumentReader.builder().limits(b.limits).build();
        this.importer = TextImporter.builder().limits(b.limits).build();
        // a body is held in memory as one array
        long maxBody = Math.min(b.limits.maxInputBytes(), Integer.MAX_VALUE - 8);
        int maxConnections = b.maxConnections > 0 ? b.maxConnections : defaultMaxConnections();

        // the connector's own threads (one acceptor, the selectors) come from the same pool as the workers
        int selectors = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
        int maxThreads = b.threads + 1 + selectors;
        // at most maxThreads threads; the queue of tasks is Jetty's default (unbounded: a rejected task would leave
        // its connection hanging), and it is bounded in practice by the connection limit, a task or two each
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(maxThreads, 2 + selectors));
        pool.setName("declaro-service");
        pool.setReservedThreads(0);
        this.server = new Server(pool);

        HttpConfiguration http = new HttpConfiguration();
        // RFC 9110/9112 with none of the violations Jetty can allow: not even a bare LF ending a header line
        http.setHttpCompliance(HttpCompliance.STRICT);
        http.setRequestHeaderSize(MAX_HEAD_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, selectors, new ServiceConnection.Factory(http, b.idleTimeout, b.readTimeout));
        connector.setHost(b.address.getHostAddress());
        connector.setPort(b.port);
        connector.setIdleTimeout(b.idleTimeout.toMillis());
        connector.setAcceptQueueSize(b.backlog);
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(maxConnections, connector));

        ServiceHandler handler = new ServiceHandler(new ServiceHandler.Routes() {
            @Override
            public Answer before(String method, String path) {
                return ValidationService.this.before(method, path);
            }

            @Override
            public Answer answer(String path, String rawQuery, String contentType, byte[] body) {
                return ValidationService.this.answer(path, rawQuery, contentType, body);
            }
        }, maxBody, b.readTimeout, b.writeTimeout, b.idleTimeout, b.minDataRate);
        // close() stops accepting, answers the requests in progress (up to the stop timeout), then stops
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(b.stopTimeout.toMillis());
        server.setErrorHandler(new JsonErrorHandler());
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            throw e;
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("the service could not start: " + e.getMessage(), e);
        }
    }

    /** Three quarters of the file descriptors this process may open, less some for the rest; 10,000 at most. */
    static int defaultMaxConnections() {
        long fds = 4096;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            fds = unix.getMaxFileDescriptorCount();
        }
        return (int) Math.max(16, Math.min(10_000, (fds - 64) * 3 / 4));
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // closing anyway
        }
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
        return new InetSocketAddress(bound, connector.getLocalPort());
    }

    /**
     * Stops the service: it accepts no new connection, the requests in progress get up to the stop timeout to be
     * answered (their answers end their connections), then every connection is closed.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (TimeoutException e) {
            ServiceHandler.LOG.log(Level.INFO, "requests still in progress after the stop timeout were cut off");
        } catch (Exception e) {
            ServiceHandler.LOG.log(Level.WARNING, "the service did not stop cleanly: " + e.getMessage(), e);
        }
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
        private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
        private long minDataRate = DEFAULT_MIN_DATA_RATE;
        private int maxConnections;
        private int backlog = DEFAULT_BACKLOG;
        private final Map<String, View> views = new LinkedHashMap<>();

        private Builder() {
            views.put("html", new View("text/html; charset=utf-8", d -> HtmlRenderer.standard().render(d)));
            views.put("markdown", new View("text/markdown; charset=utf-8", d -> MarkdownRenderer.standard().render(d)));
            views.put("text", new View("text/plain; charset=utf-8", d -> TextRenderer.standard().render(d)));
            views.put("akn", new View("application/akn+xml; charset=utf-8", d -> AknWriter.standard().write(d)));
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
         * @param threads how many requests are answered at once (default: four a core, at least eight): the
         *                worker threads of Jetty's pool, which also has the connector's own. A client that sends
         *                its request slowly, or does not read its answer, holds none.
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

        /**
         * @param timeout how long {@link ValidationService#close()} waits for the requests in progress before it
         *                closes their connections (default 5 s)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = positive(timeout, "stop timeout");
            return this;
        }

        /**
         * @param bytesPerSecond the slowest a body may arrive, on average from the start of its request, once a
         *                       second has passed; a slower one gets 408 (default 1024; 0 for no minimum, leaving
         *                       the read timeout alone)
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder minDataRate(long bytesPerSecond) {
            if (bytesPerSecond < 0) {
                throw new IllegalArgumentException("the minimum data rate must be 0 or more bytes a second, not " + bytesPerSecond);
            }
            this.minDataRate = bytesPerSecond;
            return this;
        }

        /**
         * @param connections how many connections may be open at once; past it the service stops accepting, and
         *                    new connections wait in the accept queue until one closes (default: three quarters of
         *                    the file descriptors the process may open, at most 10,000)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("the service needs at least 1 connection, not " + connections);
            }
            this.maxConnections = connections;
            return this;
        }

        /**
         * @param backlog how many connections the kernel may hold until the service accepts them (default
         *                {@value ValidationService#DEFAULT_BACKLOG}; the kernel may cap it)
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder backlog(int backlog) {
            if (backlog < 1) {
                throw new IllegalArgumentException("the accept queue needs at least 1 place, not " + backlog);
            }
            this.backlog = backlog;
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

    private Answer before(String method, String path) {
        if (!path.equals("/render") && !path.equals("/validate") && !path.equals("/import")) {
            return Answer.error(404, "not found: use POST /validate, POST /import or POST /render?to=" + String.join("|", VIEWS));
        }
        if (!method.equals("POST")) {
            return Answer.error(405, "use POST with the document as the body").allowing("POST");
        }
        return null;
    }

    private Answer answer(String path, String rawQuery, String contentType, byte[] body) {
        return switch (path) {
            case "/render" -> render(rawQuery, body);
            case "/import" -> importText(contentType, body);
            default -> validate(body);
        };
    }

    /**
     * A text, Markdown, PDF or Word file, by its {@code Content-Type} (or, without one, its first bytes), imported
     * with its commitments: 200 with the document and the import's findings; 422 when the import has errors (a
     * file that cannot be read, a type no installed reader reads).
     */
    private Answer importText(String contentType, byte[] body) {
        ImportResult r = importer.importStream(new java.io.ByteArrayInputStream(body), contentType);
        Document doc = CommitmentExtractor.standard().extract(r.document().orElseThrow());
        java.io.StringWriter sw = new java.io.StringWriter();
        try (tools.jackson.core.JsonGenerator g = new tools.jackson.core.json.JsonFactory()
                .createGenerator(tools.jackson.core.ObjectWriteContext.empty(), sw)) {
            g.writeStartObject();
            g.writeBooleanProperty("valid", !r.hasErrors());
            JsonReport.writeFindings(g, r.findings());
            g.writeName("document");
            g.writeRawValue(CanonicalJsonWriter.standard().write(doc));
            g.writeEndObject();
        }
        return Answer.json(r.hasErrors() ? 422 : 200, sw + "\n");
    }

    private Answer validate(byte[] body) {
        ValidationReport report = validator.validate(body);
        boolean malformed = report.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_SYNTAX);
        return Answer.json(malformed ? 400 : 200, JsonReport.write(report));
    }

    private Answer render(String rawQuery, byte[] body) {
        List<String> to;
        try {
            to = parseQuery(rawQuery).getOrDefault("to", List.of());
        } catch (IllegalArgumentException e) {
            return Answer.error(400, "the query is not well formed (" + e.getMessage() + "): give ?to=" + String.join("|", VIEWS));
        }
        if (to.size() != 1) {
            return Answer.error(400, (to.isEmpty() ? "say which view: " : "give 'to' once: ") + "?to=" + String.join("|", VIEWS));
        }
        View view = views.get(to.get(0));
        if (view == null) {
            return Answer.error(400, "unknown view '" + to.get(0) + "': give ?to=" + String.join("|", VIEWS));
        }
        ReadResult read = reader.read(body);
        if (read.hasErrors() || read.document().isEmpty()) {
            return Answer.json(400, JsonReport.write(validator.validate(body)));
        }
        try {
            return Answer.of(200, view.contentType(), view.renderer().apply(read.document().get()));
        } catch (RuntimeException e) {
            ValidationReport report = validator.validate(body);
            if (!report.hasErrors()) {
                throw e; // a valid document must render: a 500, logged
            }
            ServiceHandler.LOG.log(Level.WARNING, "the " + to.get(0) + " view failed on an invalid document; answered 422", e);
            return Answer.json(422, JsonReport.write(report));
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
