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
import java.util.Map;
import org.declaro.akn.AknWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
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
    void aCommitmentWithoutActorIsRenderedNotAnEmptyReply() throws Exception {
        String doc = withoutActor(example);
        Document read = DocumentReader.standard().read(doc.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        Map<String, String> expected = Map.of("html", HtmlRenderer.standard().render(read), "markdown", MarkdownRenderer.standard().render(read),
                "text", TextRenderer.standard().render(read), "akn", AknWriter.standard().write(read));
        for (Map.Entry<String, String> view : expected.entrySet()) {
            HttpResponse<String> r = post("/render?to=" + view.getKey(), doc);
            assertEquals(200, r.statusCode(), view.getKey() + ": " + r.body());
            assertEquals(view.getValue(), r.body(), view.getKey());
            assertTrue(r.body().contains("put an end to the suffering"), view.getKey()); // the commitment's paragraph is there
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
        Document doc = DocumentReader.standard().read(example.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        assertEquals(TextRenderer.standard().render(doc), r.body());
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

    /** Opens a connection and sends the start of a request, then nothing. */
    private static Socket slowClient(ValidationService at, String start) throws Exception {
        Socket s = new Socket(at.address().getAddress(), at.address().getPort());
        s.setSoTimeout(10_000);
        s.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static final List<String> SLOW_STARTS = List.of("P", "POST /validate HTTP/1.1\r\nHost: x\r\n",
            "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");

    @Test
    void slowClientsDoNotHoldUpOthers() throws Exception {
        // three times as many quiet clients as workers, each with one byte, a part of its head, or a part of its body
        try (ValidationService small = ValidationService.builder().port(0).threads(2).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    slow.add(slowClient(small, SLOW_STARTS.get(i % SLOW_STARTS.size())));
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
                    assertTrue(r.body().contains("\"valid\":true"), r.body());
                }
                for (Socket s : slow) {
                    s.setSoTimeout(100);
                    assertThrows(java.net.SocketTimeoutException.class, () -> s.getInputStream().read(), "still waiting for its request");
                }
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void slowClientsAreCutOffAfterTheReadTimeout() throws Exception {
        try (ValidationService small = ValidationService.builder().port(0).threads(1).readTimeout(Duration.ofSeconds(1)).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (String start : SLOW_STARTS) {
                    slow.add(slowClient(small, start));
                }
                // a chunked body is read by a worker: it holds the only one, until the timeout
                slow.add(slowClient(small, "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"));
                long t0 = System.nanoTime();
                for (Socket s : slow) {
                    RawHttp.Answer a = RawHttp.read(s.getInputStream());
                    assertEquals(408, a.status(), a.body());
                    assertEquals("close", a.header("Connection"));
                    assertTrue(a.body().contains("within 1 s"), a.body());
                }
                assertTrue(System.nanoTime() - t0 < 8_000_000_000L, "cut off about a second after they began");
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.address().getPort() + "/validate"))
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(example)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
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
    void aViewThatRefusesAnInvalidDocumentGives422WithTheFindings() throws Exception {
        try (ValidationService refusing = ValidationService.builder().port(0)
                .view("html", "text/html", d -> {
                    throw new IllegalArgumentException("cannot show a commitment without actor");
                }).start()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + refusing.address().getPort()
                    + "/render?to=html")).timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(withoutActor(example)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, r.statusCode());
            assertTrue(r.body().contains("\"rule\":\"required\"") && r.body().contains("/paragraphs/0/commitments/0/actor"), r.body());
        }
    }

    @Test
    void oneLimitsObjectBoundsTheBodyAndTheReading() throws Exception {
        int size = example.getBytes(StandardCharsets.UTF_8).length;
        Limits limits = Limits.DEFAULTS.withMaxInputBytes(size + 10).withMaxDepth(2);
        try (ValidationService limited = ValidationService.builder().port(0).limits(limits).start()) {
            assertEquals(limits, limited.limits());
            String at = "http://127.0.0.1:" + limited.address().getPort();
            HttpResponse<String> tooLarge = client.send(HttpRequest.newBuilder(URI.create(at + "/validate"))
                    .POST(HttpRequest.BodyPublishers.ofString(example + " ".repeat(11))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, tooLarge.statusCode());
            assertTrue(tooLarge.body().contains("over the limit of " + (size + 10) + " bytes"), tooLarge.body());
            HttpResponse<String> deep = client.send(HttpRequest.newBuilder(URI.create(at + "/validate"))
                    .POST(HttpRequest.BodyPublishers.ofString(example)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(deep.body().contains("\"rule\":\"limit.exceeded\""), deep.body());
            assertTrue(deep.body().contains("\"valid\":false"), deep.body());
            HttpResponse<String> render = client.send(HttpRequest.newBuilder(URI.create(at + "/render?to=html"))
                    .POST(HttpRequest.BodyPublishers.ofString(example)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, render.statusCode(), "the reader of /render has the same limits");
            assertTrue(render.body().contains("limit.exceeded"), render.body());
        }
        try (ValidationService byDefault = ValidationService.builder().port(0).start()) {
            assertEquals(ValidationService.DEFAULT_MAX_BYTES, byDefault.limits().maxInputBytes());
            assertEquals(Limits.DEFAULTS.maxDepth(), byDefault.limits().maxDepth());
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

    private static String validRequest(String extraHeaders, String body) {
        return "POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "Content-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void aChunkedBodyIsDecoded() throws Exception {
        byte[] bytes = example.getBytes(StandardCharsets.UTF_8);
        StringBuilder chunked = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 1000) {
            String part = new String(bytes, i, Math.min(1000, bytes.length - i), StandardCharsets.ISO_8859_1);
            chunked.append(Integer.toHexString(part.length())).append(";ext=1\r\n").append(part).append("\r\n");
        }
        chunked.append("0\r\nX-Trailer: y\r\n\r\n");
        try (Socket s = new Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
                    .getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Answer a = RawHttp.read(s.getInputStream());
            assertEquals(200, a.status(), a.body());
            assertTrue(a.body().contains("\"valid\":true") || a.body().contains("\"valid\": true"), a.body());
        }
    }

    @Test
    void ambiguousFramingIsRefusedAndTheConnectionClosed() throws Exception {
        RawHttp.Answer both = RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n3\r\n{}\n\r\n0\r\n\r\n", 10_000);
        assertEquals(400, both.status());
        assertEquals("close", both.header("Connection"));
        assertTrue(both.closedCleanly());
        assertEquals(400, RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 4\r\n\r\n{}\n",
                10_000).status());
        assertEquals(400, RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\n",
                10_000).status());
        assertEquals(501, RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
                10_000).status());
        assertEquals(400, RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 10_000).status(),
                "HTTP/1.1 without Host");
        assertEquals(505, RawHttp.send(service.address(), "POST /validate HTTP/2.0\r\nHost: x\r\n\r\n", 10_000).status());
        assertEquals(400, RawHttp.send(service.address(), "POST  /validate HTTP/1.1\r\nHost: x\r\n\r\n", 10_000).status());
        assertEquals(414, RawHttp.send(service.address(), "POST /render?to=" + "x".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                10_000).status());
        RawHttp.Answer bigHead = RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\n"
                + "X-Filler: y\r\n".repeat(3000) + "Content-Length: 2\r\n\r\n{}", 10_000);
        assertEquals(431, bigHead.status());
        assertTrue(bigHead.closedCleanly());
    }

    @Test
    void expectContinueIsAnsweredBeforeTheBody() throws Exception {
        byte[] body = example.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] interim = s.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            assertEquals(200, RawHttp.read(s.getInputStream()).status());
        }
        // too large: refused at once, without waiting for the body
        RawHttp.Answer big = RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                + "Content-Length: " + (LIMIT + 1) + "\r\n\r\n", 10_000);
        assertEquals(413, big.status());
        assertTrue(big.closedCleanly());
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        String invalid = example.replace("\"number\": 3,", "\"number\": 30,");
        try (Socket s = new Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((validRequest("", example) + validRequest("", invalid)
                    + "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            RawHttp.Answer first = RawHttp.read(s.getInputStream());
            RawHttp.Answer second = RawHttp.read(s.getInputStream());
            RawHttp.Answer third = RawHttp.read(s.getInputStream());
            assertTrue(first.body().contains("\"valid\":true"), first.body());
            assertTrue(second.body().contains("\"valid\":false"), second.body());
            assertEquals(404, third.status());
            assertEquals(null, third.header("Connection"), "kept open");
            // and the connection serves a later request too, after waiting in the selector
            Thread.sleep(200);
            s.getOutputStream().write(validRequest("", example).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, RawHttp.read(s.getInputStream()).status());
        }
    }

    @Test
    void http10AndConnectionCloseEndTheConnectionAfterTheAnswer() throws Exception {
        RawHttp.Answer old = RawHttp.send(service.address(), "POST /validate HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}", 10_000);
        assertEquals(200, old.status());
        assertEquals("close", old.header("Connection"));
        assertTrue(old.closedCleanly());
        RawHttp.Answer asked = RawHttp.send(service.address(), validRequest("Connection: close\r\n", example), 10_000);
        assertEquals(200, asked.status());
        assertTrue(asked.closedCleanly());
    }

    @Test
    void headGetsTheHeadersOnlyAndTheQueryIsChecked() throws Exception {
        try (Socket s = new Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("HEAD /validate HTTP/1.1\r\nHost: x\r\n\r\n" + validRequest("", example))
                    .getBytes(StandardCharsets.UTF_8));
            // the HEAD answer announces a length but has no body: the next answer follows its headers directly
            InputStream in = s.getInputStream();
            StringBuilder b = new StringBuilder();
            while (b.indexOf("HTTP/1.1 ", 1) < 0 || !b.toString().endsWith("\r\n\r\n") || b.indexOf("\r\n\r\n") == b.length() - 4) {
                b.append((char) in.read());
            }
            String text = b.toString();
            assertTrue(text.startsWith("HTTP/1.1 405 "), text);
            assertTrue(text.contains("\r\nAllow: POST\r\n"), text);
            int next = text.indexOf("\r\n\r\n") + 4;
            assertTrue(text.startsWith("HTTP/1.1 200 ", next), text);
        }
        RawHttp.Answer badEscape = RawHttp.send(service.address(), "POST /render?to=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 10_000);
        assertEquals(400, badEscape.status());
        assertTrue(badEscape.body().contains("not well formed"), badEscape.body());
        HttpResponse<String> twice = post("/render?to=html&to=akn", example);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("once"), twice.body());
        HttpResponse<String> none = post("/render?foo=html", example);
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("html|markdown|text|akn"), none.body());
        assertEquals(400, post("/render?to=pdf", example).statusCode());
        assertEquals(400, post("/render?to=text+", example).statusCode(), "'text ' is not a view");
    }

    @Test
    void theQueryParserDecodesAndKeepsOrder() {
        var q = ValidationService.parseQuery("b=2&to=%68tml&flag&a=x+y&&b=%E2%82%AC");
        assertEquals(List.of("html"), q.get("to"));
        assertEquals(List.of("2", "\u20ac"), q.get("b"));
        assertEquals(List.of(""), q.get("flag"));
        assertEquals(List.of("x y"), q.get("a"));
        assertEquals(List.of("b", "to", "flag", "a"), new ArrayList<>(q.keySet()));
        assertTrue(ValidationService.parseQuery(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ValidationService.parseQuery("to=%4"));
    }
}
