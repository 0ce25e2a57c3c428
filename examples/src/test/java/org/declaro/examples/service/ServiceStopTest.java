package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link ValidationService#close()} drains: the requests in progress are answered, new connections are not taken. */
class ServiceStopTest {

    private static byte[] example() throws IOException {
        try (InputStream in = ServiceStopTest.class.getResourceAsStream("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aRequestInProgressIsAnsweredWhileTheServiceStops() throws Exception {
        byte[] body = example();
        ValidationService service = ValidationService.builder().port(0).stopTimeout(Duration.ofSeconds(10)).start();
        InetSocketAddress at = service.address();
        // once, so that the request below is handled at once (classes loaded)
        assertEquals(200, RawHttp.send(at, "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 10_000).status());
        CompletableFuture<Void> stopping;
        try (Socket s = new Socket(at.getAddress(), at.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body, 0, body.length / 2);
            Thread.sleep(300); // the request is being handled: its head is in, half its body
            stopping = CompletableFuture.runAsync(service::close);
            Thread.sleep(500);
            assertTrue(!stopping.isDone(), "close() waits for the request in progress");
            assertThrows(IOException.class, () -> {
                try (Socket late = new Socket(at.getAddress(), at.getPort())) {
                    late.setSoTimeout(2000);
                    late.getOutputStream().write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
                            .getBytes(StandardCharsets.US_ASCII));
                    RawHttp.read(late.getInputStream());
                }
            }, "no new connection is served once the service stops");
            s.getOutputStream().write(body, body.length / 2, body.length - body.length / 2);
            RawHttp.Answer a = RawHttp.read(s.getInputStream());
            assertEquals(200, a.status(), a.body());
            assertTrue(a.body().contains("\"valid\":true"), a.body());
            assertEquals("close", a.header("Connection"), "the answer ends its connection");
        }
        stopping.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestThatNeverEndsIsCutOffAtTheStopTimeout() throws Exception {
        ValidationService service = ValidationService.builder().port(0).stopTimeout(Duration.ofMillis(500)).start();
        try (Socket s = new Socket(service.address().getAddress(), service.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(200);
            long t0 = System.nanoTime();
            service.close();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 5000, "close() took " + millis + " ms with a stop timeout of 500 ms");
            int next;
            try {
                next = s.getInputStream().read();
                while (next != -1) {
                    next = s.getInputStream().read(); // an answer, if any, then the end
                }
            } catch (IOException e) {
                next = -1; // reset
            }
            assertEquals(-1, next, "the connection is closed");
        }
    }
}
