package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.Document;
import org.declaro.render.TextRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What issue 9 found wrong with the service, each reproduced over real HTTP. */
class ServiceHardeningTest {

    private static final int LIMIT = 256 * 1024;
    private static ValidationService service;
    private static HttpClient client;
    private static String example;

    @BeforeAll
    static void start() throws Exception {
        service = ValidationService.start(InetAddress.getLoopbackAddress(), 0, LIMIT, 4);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (InputStream in = ServiceHardeningTest.class.getResourceAsStream("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + service.address().getPort() + pathAndQuery);
    }

    private static HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The example with the first commitment's actor removed: it reads, and validate reports it as required. */
    static String withoutActor(String json) {
        String removed = json.replaceFirst("\"actor\": \"we\",\\s*", "");
        assertFalse(removed.equals(json));
        return removed;
    }

    @Test
    void aCommitmentWithoutActorGetsAnAnswerNotAnEmptyReply() throws Exception {
        String doc = withoutActor(example);
        for (String to : List.of("html", "markdown", "text", "akn")) {
            HttpResponse<String> r = post("/render?to=" + to, doc);
            // rendered, or refused with the findings that say what to fix
            assertTrue(r.statusCode() == 200 || r.statusCode() == 422, to + ": " + r.statusCode() + " " + r.body());
            assertTrue(r.statusCode() == 200 ? r.body().contains("Siem Reap")
                    : r.body().contains("/paragraphs/0/commitments/0/actor"), to + ": " + r.body());
        }
    }

    @Test
    void aBodyWithoutLengthGets411AndAnOrderlyClose() throws Exception {
        RawHttp.Answer a = RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + example, 10_000);
        assertEquals(411, a.status());
        assertTrue(a.body().contains("Content-Length"), a.body());
        assertEquals("close", a.header("Connection"));
        assertTrue(a.closedCleanly(), "the connection should end with a FIN, not a reset");
    }

    @Test
    void theQueryIsParsedInAnyOrderAndPercentDecoded() throws Exception {
        HttpResponse<String> r = post("/render?foo=1&to=html", example);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<mark class=\"m-commit\""));
        assertEquals(200, post("/render?to=%6Darkdown&x", example).statusCode());
    }

    @Test
    void pathsMatchExactly() throws Exception {
        assertEquals(404, post("/validate/extra", example).statusCode());
        assertEquals(404, post("/render/x?to=html", example).statusCode());
        assertEquals(404, post("/validatex", example).statusCode());
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/render?to=html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void rendersPlainTextAsTheCliDoes() throws Exception {
        HttpResponse<String> r = post("/render?to=text", example);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        Document doc = DocumentReader.lenient().read(example.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        assertEquals(TextRenderer.get().render(doc), r.body());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        InetAddress lo = InetAddress.getLoopbackAddress();
        assertThrows(IllegalArgumentException.class, () -> ValidationService.start(lo, 65536, LIMIT, 2));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.start(lo, -1, LIMIT, 2));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.start(lo, 0, -5, 2));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.start(lo, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.start(lo, 0, LIMIT, 0));
    }

    @Test
    void slowClientsDoNotHoldUpOthers() throws Exception {
        // as many quiet clients as workers: they are cut off after the read timeout, and requests behind them pass
        try (ValidationService small = ValidationService.builder().port(0).threads(2).readTimeout(Duration.ofSeconds(1)).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket s = new Socket(small.address().getAddress(), small.address().getPort());
                    s.setSoTimeout(10_000);
                    OutputStream out = s.getOutputStream();
                    out.write(i % 2 == 0 ? "P".getBytes(StandardCharsets.US_ASCII)
                            : "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(s);
                }
                Thread.sleep(300);
                List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    others.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.address().getPort() + "/validate"))
                            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(example)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (var f : others) {
                    HttpResponse<String> r = f.get();
                    assertEquals(200, r.statusCode());
                    assertTrue(r.body().contains("\"valid\": true") || r.body().contains("\"valid\":true"), r.body());
                }
                for (Socket s : slow) {
                    RawHttp.Answer a = RawHttp.read(s.getInputStream());
                    assertEquals(408, a.status());
                    assertEquals("close", a.header("Connection"));
                }
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void quietConnectionsAreClosedAfterTheIdleTimeoutWithoutHoldingAWorker() throws Exception {
        try (ValidationService small = ValidationService.builder().port(0).threads(1).idleTimeout(Duration.ofMillis(500)).start()) {
            List<Socket> quiet = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket s = new Socket(small.address().getAddress(), small.address().getPort());
                    s.setSoTimeout(10_000);
                    quiet.add(s);
                }
                // with one worker, a request gets through while three connections send nothing
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.address().getPort() + "/validate"))
                        .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(example)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                for (Socket s : quiet) {
                    assertEquals(-1, s.getInputStream().read(), "closed by the server");
                }
            } finally {
                for (Socket s : quiet) {
                    s.close();
                }
            }
        }
    }

    @Test
    void anUnexpectedErrorGetsA500WithJsonAndIsLogged() throws Exception {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(ValidationService.class.getName());
        List<java.util.logging.LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Handler h = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        try (ValidationService failing = ValidationService.builder().port(0)
                .view("html", "text/html", d -> {
                    throw new IllegalStateException("renderer broke");
                }).start()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + failing.address().getPort() + "/render?to=html"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(example)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(r.body().startsWith("{\"error\": \"internal error"), r.body());
            assertTrue(records.stream().anyMatch(x -> x.getLevel() == java.util.logging.Level.SEVERE && x.getThrown() != null
                    && "renderer broke".equals(x.getThrown().getMessage())), "logged with its exception");
            // the connection and the service still work
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + failing.address().getPort() + "/render?to=text"))
                    .POST(HttpRequest.BodyPublishers.ofString(example)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            jul.removeHandler(h);
        }
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().port(99999));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().maxBytes(-5));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().maxBytes(0));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().threads(0));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().readTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().idleTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().writeTimeout(Duration.ZERO));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValidationService.builder().port(65536));
        assertTrue(e.getMessage().contains("between 0 and 65535"), e.getMessage());
        ValidationService.builder().port(0).port(65535).maxBytes(1).threads(1); // the bounds themselves are fine
    }
}
