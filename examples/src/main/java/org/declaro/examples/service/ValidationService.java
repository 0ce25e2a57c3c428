package org.declaro.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.declaro.akn.AknWriter;
import org.declaro.examples.cli.JsonReport;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/**
 * A small validation service on the JDK's built-in {@link HttpServer}, no framework:
 *
 * <ul>
 * <li>{@code POST /validate} with a document (JSON) answers the validation report as JSON: 200 when the
 * body was JSON (valid or not: see {@code "valid"}), 400 when it was not (the report names the
 * {@code json.syntax} finding), 413 over the size limit;</li>
 * <li>{@code POST /render?to=html|markdown|akn} answers the document in that view (400 with the report when
 * it cannot be read).</li>
 * </ul>
 * Bound to 127.0.0.1 unless told otherwise. One validator serves all requests (it is thread-safe); a fixed
 * pool of threads handles them.
 */
public final class ValidationService implements AutoCloseable {

    /** The default largest body: 8 MiB. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService pool;
    private final DocumentValidator validator = DocumentValidator.standard();
    private final int maxBytes;

    private ValidationService(HttpServer server, ExecutorService pool, int maxBytes) {
        this.server = server;
        this.pool = pool;
        this.maxBytes = maxBytes;
    }

    /**
     * Starts a service.
     *
     * @param address  where to listen, e.g. {@code 127.0.0.1}
     * @param port     the port; 0 for any free one
     * @param maxBytes the largest body accepted
     * @param threads  how many requests are handled at once
     * @return the running service
     * @throws IOException if the port cannot be bound
     */
    public static ValidationService start(InetAddress address, int port, int maxBytes, int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ValidationService service = new ValidationService(server, pool, maxBytes);
        server.createContext("/validate", service::validate);
        server.createContext("/render", service::render);
        server.createContext("/", ex -> service.send(ex, 404, "application/json",
                "{\"error\": \"not found: use POST /validate or POST /render?to=html|markdown|akn\"}\n"));
        server.setExecutor(pool);
        server.start();
        return service;
    }

    /**
     * Starts a service on 127.0.0.1 with the default limit.
     *
     * @param port the port; 0 for any free one
     * @return the running service
     * @throws IOException if the port cannot be bound
     */
    public static ValidationService start(int port) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port, DEFAULT_MAX_BYTES, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @return the address and port it listens on */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops the service, waiting up to a second for requests in progress. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the body, or null after answering 413 when it is over the limit */
    private byte[] body(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    tooLarge(ex);
                    return null;
                }
            } catch (NumberFormatException e) {
                // read and count instead
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try (InputStream in = ex.getRequestBody()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    tooLarge(ex);
                    return null;
                }
            }
        }
        return out.toByteArray();
    }

    private void tooLarge(HttpExchange ex) throws IOException {
        send(ex, 413, "application/json", "{\"error\": \"the body is over the limit of " + maxBytes + " bytes\"}\n");
    }

    private boolean post(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            send(ex, 405, "application/json", "{\"error\": \"use POST with the document as the body\"}\n");
            return false;
        }
        return true;
    }

    private void validate(HttpExchange ex) throws IOException {
        try (ex) {
            if (!post(ex)) {
                return;
            }
            byte[] body = body(ex);
            if (body == null) {
                return;
            }
            ValidationReport report = validator.validate(body);
            boolean malformed = report.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_SYNTAX);
            send(ex, malformed ? 400 : 200, "application/json", JsonReport.write(report));
        } catch (RuntimeException e) {
            send(ex, 500, "application/json", "{\"error\": \"internal error\"}\n");
        }
    }

    private void render(HttpExchange ex) throws IOException {
        try (ex) {
            if (!post(ex)) {
                return;
            }
            String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
            String to = query.startsWith("to=") ? query.substring(3) : "";
            if (!to.equals("html") && !to.equals("markdown") && !to.equals("akn")) {
                send(ex, 400, "application/json", "{\"error\": \"give ?to=html, ?to=markdown or ?to=akn\"}\n");
                return;
            }
            byte[] body = body(ex);
            if (body == null) {
                return;
            }
            ReadResult r = DocumentReader.lenient().read(body);
            if (r.hasErrors() || r.document().isEmpty()) {
                send(ex, 400, "application/json", JsonReport.write(validator.validate(body)));
                return;
            }
            Document doc = r.document().get();
            switch (to) {
                case "html" -> send(ex, 200, "text/html; charset=utf-8", HtmlRenderer.get().render(doc));
                case "markdown" -> send(ex, 200, "text/markdown; charset=utf-8", MarkdownRenderer.get().render(doc));
                default -> send(ex, 200, "application/akn+xml", AknWriter.get().write(doc));
            }
        } catch (RuntimeException e) {
            send(ex, 500, "application/json", "{\"error\": \"internal error\"}\n");
        }
    }

    private void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type.contains("charset") || !type.startsWith("application/json") ? type
                : type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
