package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The probes of issue 17 that took the service down or stalled it, each against {@code declaro serve} (its
 * defaults) in a child JVM, over raw sockets: nothing here knows how the service is built.
 *
 * <p>The child runs the class path of this test; {@code -Ddeclaro.probe.classpath=...} runs another build (the
 * old transport failed every test here). Times are bounds on waits, generous for a loaded machine, except the
 * one the issue asks for: a normal request answered within a second while slow clients hold connections.
 */
class ServiceProbesTest {

    private static final String CLASS_PATH = System.getProperty("declaro.probe.classpath", System.getProperty("java.class.path"));
    private static final Pattern SERVING = Pattern.compile("serving on http://([^/:]+):(\\d+)/");
    private static String example;
    /** One service with the defaults, for the probes that do not need a JVM of their own. */
    private static Child shared;

    @BeforeAll
    static void start() throws Exception {
        try (InputStream in = ServiceProbesTest.class.getResourceAsStream("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        shared = Child.start(List.of());
    }

    @AfterAll
    static void stop() {
        if (shared != null) {
            shared.close();
        }
    }

    // ------------------------------------------------------------------ item 3: slow clients stall no one

    @Test
    void slowClientsOfEveryKindDoNotStallANormalRequest() throws Exception {
        Child child = shared;
        normal(child, 10_000); // warm up: class loading and the first compilations are not the point
        String big = bigAnswerDocument();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) { // four of each kind: more than the old transport's workers, or its default
                // a slow chunked body: a chunk begun, then nothing
                slow.add(open(child, "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"sche"));
                // Expect: 100-continue, then silence
                slow.add(open(child, "POST /validate HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n"));
                // a whole request, then part of the next one
                slow.add(open(child, request("/validate", example) + "POST /validate HTTP/1.1\r\nHost: x\r\n"));
                // a whole request and an extra CRLF
                slow.add(open(child, request("/validate", example) + "\r\n"));
                // a Content-Length with leading zeros, and part of its body
                slow.add(open(child, "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 0000001000\r\n\r\n{\"schemaVersion\""));
            }
            for (int i = 0; i < 3; i++) {
                // a client that asks for an answer of more than 10 MB and does not read it
                Socket s = open(child, request("/render?to=html", big));
                slow.add(s);
                String head = readHead(s.getInputStream());
                Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
                assertTrue(head.startsWith("HTTP/1.1 200") && length.find(), head);
                assertTrue(Long.parseLong(length.group(1)) > 10_000_000L, "an answer of more than 10 MB: " + head);
            }
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                assertEquals(200, normal(child, 10_000).status());
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(millis < 1000, "a normal request took " + millis + " ms while " + slow.size() + " slow clients waited");
            }
        } finally {
            closeAll(slow);
        }
        assertTrue(child.alive(), child.log());
    }

    // ------------------------------------------------------------------ item 4: refusals hold no worker

    @Test
    void refusedRequestsDoNotHoldWorkers() throws Exception {
        Child child = shared;
        normal(child, 10_000);
        List<Socket> refused = new ArrayList<>();
        try {
            // twenty requests refused with the connection closing, whose clients then keep the connection open and
            // send more (the old transport held a worker for each, two seconds, to drain them)
            for (int i = 0; i < 20; i++) {
                Socket s = open(child, "POST /validate HTTP/1.1\r\nHost: x\r\n\r\n" + example.substring(0, 2000));
                refused.add(s);
            }
            for (Socket s : refused) {
                assertEquals(411, RawHttp.read(s.getInputStream()).status());
                s.getOutputStream().write("still sending".getBytes(StandardCharsets.US_ASCII));
            }
            long t0 = System.nanoTime();
            assertEquals(200, normal(child, 10_000).status());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 1000, "a normal request took " + millis + " ms after 20 refusals");
        } finally {
            closeAll(refused);
        }
    }

    // ------------------------------------------------------------------ item 5: framing as RFC 9112 says

    @Test
    void anEmptyTransferEncodingBesideAContentLengthIsRefusedAndNothingSmuggledRuns() throws Exception {
        String smuggled = "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
        try (Socket s = open(shared, "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \r\nContent-Length: "
                + smuggled.length() + "\r\n\r\n" + smuggled)) {
            RawHttp.Answer a = RawHttp.read(s.getInputStream());
            assertEquals(400, a.status(), a.body());
            assertEquals("close", a.header("Connection"));
            assertEquals(-1, s.getInputStream().read(), "no second answer: the body was not run as a request");
        }
    }

    @Test
    void bareLfInChunkFramingIsRefused() throws Exception {
        String head = "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertRefused(head + "2\n{}\r\n0\r\n\r\n");
        assertRefused(head + "2\r\n{}\n0\r\n\r\n");
        assertRefused(head + "2\r\n{}\r\n0\n\n");
    }

    @Test
    void spacesAroundAChunkSizeAreRefused() throws Exception {
        String head = "POST /validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertRefused(head + " 2\r\n{}\r\n0\r\n\r\n");
        assertRefused(head + "2 \r\n{}\r\n0\r\n\r\n");
    }

    @Test
    void nulAndBareCrInAHeaderValueAreRefused() throws Exception {
        assertRefused("POST /validate HTTP/1.1\r\nHost: x\r\nX-Note: a\u0000b\r\nContent-Length: 2\r\n\r\n{}");
        assertRefused("POST /validate HTTP/1.1\r\nHost: x\r\nX-Note: a\rb\r\nContent-Length: 2\r\n\r\n{}");
    }

    @Test
    void bareLfInTheHeadIsRefused() throws Exception {
        assertRefused("POST /validate HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}");
    }

    /** 400, and the connection ends: nothing after the refused bytes is read as a request. */
    private static void assertRefused(String request) throws IOException {
        try (Socket s = open(shared, request + "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")) {
            RawHttp.Answer a = RawHttp.read(s.getInputStream());
            assertEquals(400, a.status(), () -> a.body() + " for " + request.replace("\r", "\\r").replace("\n", "\\n"));
            int next;
            try {
                next = s.getInputStream().read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the connection stayed open after a 400", e);
            } catch (IOException e) {
                next = -1; // reset: ended too
            }
            assertEquals(-1, next, "the connection ends after the 400");
        }
    }

    // ------------------------------------------------------------------ item 6: a burst beyond the backlog

    /**
     * 400 clients at once, each with a request, to a service that may open 256 files: more than it can hold at once
     * and, for the old transport, more than its fixed backlog of 128. Each is answered or refused, none left waiting.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aBurstBeyondWhatTheServiceCanHoldIsServedOrRefusedNotLeftHanging() throws Exception {
        try (Child child = Child.start(List.of(), "ulimit -n 256")) {
            normal(child, 10_000);
            int clients = 400;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                String req = request("/validate", "{}");
                for (int i = 0; i < clients; i++) {
                    outcomes.add(pool.submit(() -> {
                        try (Socket s = new Socket()) {
                            s.connect(child.address, 15_000);
                            s.setSoTimeout(20_000);
                            s.getOutputStream().write(req.getBytes(StandardCharsets.UTF_8));
                            return "answered " + RawHttp.read(s.getInputStream()).status();
                        } catch (SocketTimeoutException e) {
                            return "hung";
                        } catch (IOException e) {
                            return "refused"; // refused or reset: the client knows at once
                        }
                    }));
                }
                List<String> all = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    all.add(f.get(60, TimeUnit.SECONDS));
                }
                assertFalse(all.contains("hung"), "hung: " + Collections.frequency(all, "hung") + " of " + clients + "; " + child.log());
                assertTrue(Collections.frequency(all, "answered 200") > clients / 2, all + "; " + child.log());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(200, normal(child, 10_000).status(), child.log());
            assertTrue(child.alive(), child.log());
        }
    }

    // ------------------------------------------------------------------ item 1: announced bodies

    @Test
    void aFloodOfAnnouncedBodiesDoesNotExhaustASmallHeap() throws Exception {
        try (Child child = Child.start(List.of("-Xmx64m"))) {
            normal(child, 10_000);
            List<Socket> flood = new ArrayList<>();
            try {
                // each announces the largest body allowed (8 MiB, 32 of them four times the heap) and sends a part
                for (int i = 0; i < 32; i++) {
                    flood.add(open(child, "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n{\"schemaVersion\": "));
                }
                Thread.sleep(500);
                assertEquals(200, normal(child, 10_000).status(), child.log());
            } finally {
                closeAll(flood);
            }
            assertEquals(200, normal(child, 10_000).status(), child.log());
            assertTrue(child.alive(), child.log());
            assertFalse(child.log().contains("OutOfMemoryError"), child.log());
        }
    }

    // ------------------------------------------------------------------ item 2: out of file descriptors

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void runningOutOfFileDescriptorsIsNotAPermanentOutage() throws Exception {
        try (Child child = Child.start(List.of(), "ulimit -n 256")) {
            normal(child, 10_000);
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 400; i++) { // more connections than the child may open files
                    Socket s = new Socket();
                    try {
                        s.connect(child.address, 1000);
                        idle.add(s);
                    } catch (IOException e) {
                        s.close(); // the accept queue is full: the kernel refuses
                    }
                }
                Thread.sleep(500);
            } finally {
                closeAll(idle);
            }
            // the connections are gone: the service serves again
            long deadline = System.nanoTime() + 20_000_000_000L;
            RawHttp.Answer a = null;
            while (a == null && System.nanoTime() < deadline) {
                try {
                    a = normal(child, 5_000);
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            assertTrue(a != null && a.status() == 200, "no answer after the connections closed: " + child.log());
            assertTrue(child.alive(), child.log());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String request(String target, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + body;
    }

    /** A valid request on a connection of its own, with its answer. */
    private static RawHttp.Answer normal(Child child, int timeoutMillis) throws IOException {
        RawHttp.Answer a = RawHttp.send(child.address, request("/validate", example), timeoutMillis);
        if (a.status() == 200) {
            assertTrue(a.body().contains("\"valid\":true"), a.body());
        }
        return a;
    }

    private static Socket open(Child child, String start) throws IOException {
        Socket s = new Socket();
        s.connect(child.address, 10_000);
        s.setSoTimeout(10_000);
        s.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            b.append((char) c);
            if (b.length() >= 4 && b.substring(b.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return b.toString();
    }

    /**
     * The example with paragraphs of ampersands, each of which the HTML view writes as {@code &amp;}: a body of
     * 2.7 MB whose view is over 13 MB.
     */
    private static String bigAnswerDocument() {
        String amps = "&".repeat(900_000);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            extra.append("{\"number\": ").append(100 + i).append(", \"text\": \"").append(amps).append("\"}, ");
        }
        String doc = example.replaceFirst("\"paragraphs\": \\[", "\"paragraphs\": [" + Matcher.quoteReplacement(extra.toString()));
        assertNotEquals(example, doc);
        return doc;
    }

    /** {@code declaro serve --port 0} in a child JVM, and what it printed. */
    static final class Child implements AutoCloseable {
        final Process process;
        final InetSocketAddress address;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        private Child(Process process, InetSocketAddress address) {
            this.process = process;
            this.address = address;
        }

        /**
         * @param jvm   options of the JVM
         * @param shell a shell command run before it ({@code ulimit}), or none
         */
        static Child start(List<String> jvm, String... shell) throws Exception {
            List<String> java = new ArrayList<>();
            java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            java.addAll(jvm);
            java.addAll(List.of("-cp", CLASS_PATH, "org.declaro.examples.cli.Main", "serve", "--port", "0"));
            List<String> command = java;
            if (shell.length > 0) {
                StringBuilder line = new StringBuilder(String.join("; ", shell)).append("; exec");
                for (String arg : java) {
                    line.append(" '").append(arg.replace("'", "'\\''")).append('\'');
                }
                command = List.of("bash", "-c", line.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + 60_000_000_000L;
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    Child child = new Child(p, new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
                    child.lines.addAll(seen);
                    Thread drain = new Thread(() -> {
                        try {
                            String l;
                            while ((l = out.readLine()) != null) {
                                child.lines.add(l);
                            }
                        } catch (IOException e) {
                            // the child ended
                        }
                    }, "declaro-child-output");
                    drain.setDaemon(true);
                    drain.start();
                    return child;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            p.destroyForcibly();
            fail("the service did not start: " + String.join("\n", seen));
            return null;
        }

        boolean alive() {
            return process.isAlive();
        }

        String log() {
            synchronized (lines) {
                return "the service printed:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
