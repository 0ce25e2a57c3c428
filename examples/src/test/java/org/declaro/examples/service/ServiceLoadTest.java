package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.declaro.akn.AknWriter;
import org.declaro.examples.cli.JsonReport;
import org.declaro.json.DocumentReader;
import org.declaro.model.Document;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * 200 concurrent mixed requests, each checked against what the library gives for it directly. Prints the rate, for
 * the record; it asserts nothing about time.
 */
class ServiceLoadTest {

    /** A request and the answer it must get. */
    private record Call(String method, String path, byte[] body, int status, String expected) {
    }

    @Test
    void twoHundredConcurrentMixedRequestsAllGetTheRightAnswer() throws Exception {
        byte[] valid;
        try (InputStream in = getClass().getResourceAsStream("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json")) {
            valid = in.readAllBytes();
        }
        byte[] invalid = new String(valid, StandardCharsets.UTF_8).replace("\"number\": 3,", "\"number\": 30,").getBytes(StandardCharsets.UTF_8);
        byte[] malformed = "{\"schemaVersion\": ".getBytes(StandardCharsets.UTF_8);
        DocumentValidator validator = DocumentValidator.standard();
        Document doc = DocumentReader.standard().read(valid).document().orElseThrow();
        List<Call> kinds = List.of(
                new Call("POST", "/validate", valid, 200, JsonReport.write(validator.validate(valid))),
                new Call("POST", "/validate", invalid, 200, JsonReport.write(validator.validate(invalid))),
                new Call("POST", "/validate", malformed, 400, JsonReport.write(validator.validate(malformed))),
                new Call("POST", "/render?to=html", valid, 200, HtmlRenderer.standard().render(doc)),
                new Call("POST", "/render?to=markdown", valid, 200, MarkdownRenderer.standard().render(doc)),
                new Call("POST", "/render?to=text", valid, 200, TextRenderer.standard().render(doc)),
                new Call("POST", "/render?to=akn", valid, 200, AknWriter.standard().write(doc)),
                new Call("POST", "/nowhere", valid, 404, null),
                new Call("GET", "/validate", null, 405, null));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        try (ValidationService service = ValidationService.builder().port(0).start()) {
            // warm up once per kind, so that the rate is not the JIT's
            for (Call c : kinds) {
                client.send(request(service, c), HttpResponse.BodyHandlers.ofString());
            }
            List<Call> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(kinds.get(i % kinds.size()));
            }
            long t0 = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (Call c : calls) {
                answers.add(client.sendAsync(request(service, c), HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
            long nanos = System.nanoTime() - t0;
            for (int i = 0; i < calls.size(); i++) {
                Call c = calls.get(i);
                HttpResponse<String> r = answers.get(i).join();
                assertEquals(c.status(), r.statusCode(), c.method() + " " + c.path() + ": " + r.body());
                if (c.expected() != null) {
                    assertEquals(c.expected(), r.body(), c.method() + " " + c.path());
                } else {
                    assertEquals(true, r.body().startsWith("{\"error\": "), r.body());
                }
            }
            System.out.printf("ServiceLoadTest: 200 concurrent mixed requests, all right, in %d ms: %.0f requests per second%n",
                    nanos / 1_000_000, 200 / (nanos / 1e9));
        }
    }

    private static HttpRequest request(ValidationService service, Call c) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.address().getPort() + c.path()))
                .timeout(Duration.ofSeconds(60));
        return c.body() == null ? b.GET().build() : b.POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build();
    }
}
