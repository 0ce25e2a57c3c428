import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load client for the service: CLIENTS keep-alive connections, each posting FILE to /validate again and again
 * for SECONDS (after a warm-up of a third of that), over raw sockets. Prints requests a second, latency
 * percentiles and how many answers were not 200. Run by benchmarks/service-load.sh.
 *
 * Usage: java LoadClient.java PORT CLIENTS SECONDS FILE
 */
public final class LoadClient {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        byte[] body = Files.readAllBytes(Path.of(args[3]));
        byte[] head = ("POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
        long endAt = warmUntil + seconds * 1_000_000_000L;
        AtomicLong bad = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[] lat = new long[1 << 20];
            int[] n = new int[1];
            all.add(lat);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < endAt) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
                        s.setSoTimeout(60_000);
                        s.setTcpNoDelay(true);
                        OutputStream out = s.getOutputStream();
                        InputStream in = s.getInputStream();
                        while (System.nanoTime() < endAt) {
                            long t0 = System.nanoTime();
                            out.write(head);
                            out.write(body);
                            out.flush();
                            int status = readAnswer(in);
                            long t1 = System.nanoTime();
                            if (status != 200) {
                                bad.incrementAndGet();
                            }
                            if (t0 >= warmUntil && t1 <= endAt && n[0] < lat.length) {
                                lat[n[0]++] = t1 - t0;
                            }
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
                lat[lat.length - 1] = n[0]; // the count, in the last slot
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (long[] l : all) {
            total += (int) l[l.length - 1];
        }
        long[] merged = new long[total];
        int k = 0;
        for (long[] l : all) {
            int c = (int) l[l.length - 1];
            System.arraycopy(l, 0, merged, k, c);
            k += c;
        }
        Arrays.sort(merged);
        System.out.printf("clients %d, %d s: %d requests, %.0f requests/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                + " answers not 200: %d; connection errors: %d%n", clients, seconds, total, total / (double) seconds,
                pct(merged, 0.50), pct(merged, 0.99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6, bad.get(), failed.get());
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Reads one answer with a Content-Length; returns its status. */
    private static int readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        int b;
        int state = 0;
        while (state < 4) {
            b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            h.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
        }
        String head = h.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.substring(9, 12));
        int i = head.toLowerCase().indexOf("content-length:");
        int end = head.indexOf('\r', i);
        long length = Long.parseLong(head.substring(i + 15, end).trim());
        in.skipNBytes(length);
        return status;
    }
}
