package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP, on a free port of the loopback interface. */
class ValidationServiceTest {

    private static final int LIMIT = 256 * 1024;
    private static ValidationService service;
    private static HttpClient client;
    private static String example;

    @BeforeAll
    static void start() throws Exception {
        service = ValidationService.start(InetAddress.getLoopbackAddress(), 0, LIMIT, 4);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (InputStream in = ValidationServiceTest.class.getResourceAsStream("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(request(path, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.address().getPort() + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(service.address().getAddress().isLoopbackAddress());
    }

    @Test
    void aValidDocumentGets200AndAValidReport() throws Exception {
        HttpResponse<String> r = post("/validate", example);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json(r).get("valid").asBoolean());
    }

    @Test
    void anInvalidDocumentGets200WithItsFindings() throws Exception {
        HttpResponse<String> r = post("/validate", example.replace("\"number\": 3,", "\"number\": 30,"));
        assertEquals(200, r.statusCode());
        JsonNode report = json(r);
        assertFalse(report.get("valid").asBoolean());
        assertEquals("paragraph.number.sequence", report.get("findings").get(0).get("rule").asString());
        assertTrue(report.get("findings").get(0).get("line").asInt() > 0);
    }

    @Test
    void malformedJsonGets400() throws Exception {
        HttpResponse<String> r = post("/validate", "{\"schemaVersion\": ");
        assertEquals(400, r.statusCode());
        assertEquals("json.syntax", json(r).get("findings").get(0).get("rule").asString());
    }

    @Test
    void anOversizedBodyGets413() throws Exception {
        // the head announces the length and a part of the body follows: the answer comes before the rest is sent
        // (HttpClient, sending the whole body, may meet the closed connection before it reads the 413)
        RawHttp.Answer r = RawHttp.send(service.address(), "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + (LIMIT + 1) + "\r\nContent-Type: application/json\r\n\r\n" + "x".repeat(1024), 30_000);
        assertEquals(413, r.status());
        assertTrue(r.body().contains("over the limit"), r.body());
    }

    @Test
    void rendersEachView() throws Exception {
        HttpResponse<String> html = post("/render?to=html", example);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<mark class=\"m-commit\""));
        assertTrue(post("/render?to=markdown", example).body().startsWith("# Draft Siem Reap-Angkor"));
        assertTrue(post("/render?to=akn", example).body().contains("<akomaNtoso"));
        assertEquals(400, post("/render?to=pdf", example).statusCode());
        assertEquals(400, post("/render?to=html", "not json").statusCode());
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.address().getPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void importsATextByItsContentTypeWithItsCommitments() throws Exception {
        byte[] text = "Declaration on Rivers\n\n1. We will protect the rivers.\n\n2. We will report every year.\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/import", "text/plain; charset=utf-8", text);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode j = json(r);
        assertTrue(j.get("valid").asBoolean());
        assertEquals("Declaration on Rivers", j.get("document").get("title").asString());
        assertEquals(2, j.get("document").get("paragraphs").size());
        assertEquals("will", j.get("document").get("paragraphs").get(0).get("commitments").get(0).get("modality").asString());
        HttpResponse<String> md = post("/import", "text/markdown", "# Declaration on Rivers\n\n1. We will act.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Declaration on Rivers", json(md).get("document").get("title").asString());
    }

    @Test
    void aFileThatCannotBeReadGets422WithTheFinding() throws Exception {
        // a PDF's first bytes and nothing of a PDF after them: the PDF reader's finding, not text read from bytes
        HttpResponse<String> pdf = post("/import", "application/pdf", "%PDF-1.7\n% not a PDF after all\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, pdf.statusCode(), pdf.body());
        assertEquals("import.source", json(pdf).get("findings").get(0).get("rule").asString());
        HttpResponse<String> odt = post("/import", "application/vnd.oasis.opendocument.text", new byte[] {'P', 'K', 3, 4});
        assertEquals(422, odt.statusCode(), odt.body());
        assertTrue(json(odt).get("findings").get(0).get("message").asString().contains("application/vnd.oasis.opendocument.text"));
    }

    @Test
    void otherMethodsAndPathsAreRefused() throws Exception {
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.address().getPort()
                + "/validate")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals(404, post("/nothing", example).statusCode());
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = i % 2 == 0 ? example : example.replace("\"number\": 3,", "\"number\": 30,");
            calls.add(client.sendAsync(request("/validate", body), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).join();
            assertEquals(200, r.statusCode());
            assertEquals(i % 2 == 0, json(r).get("valid").asBoolean(), "answer " + i);
        }
    }

    @Test
    void aRequestRefusedWithoutItsBodyKeepsTheConnectionForTheNext() throws Exception {
        // a 404 for a body still on its way: the body is read and dropped, and the connection serves the next request
        String body = example;
        int half = body.length() / 2;
        try (java.net.Socket s = new java.net.Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            java.io.OutputStream out = s.getOutputStream();
            out.write(("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body.substring(0, half)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(200);
            out.write((body.substring(half) + "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            java.io.InputStream in = s.getInputStream();
            RawHttp.Answer first = RawHttp.read(in);
            assertEquals(404, first.status(), first.body());
            assertEquals(null, first.header("Connection"), "the connection goes on");
            RawHttp.Answer second = RawHttp.read(in);
            assertEquals(200, second.status(), second.body());
        }
    }
}
