package org.declaro.examples.service;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The service's Jetty handler (the core {@link Handler} API): checks a request's method, path and framing, reads
 * its body without holding a thread while the client is quiet, and writes the answer of {@link Routes}.
 *
 * <p>The body is read as it arrives, chunk by chunk, into an array that grows with what came: a length the client
 * only announced allocates nothing, and a body over the limit is refused once it passes it (at once when its
 * {@code Content-Length} says so). A body must arrive within the read timeout from the start of the request and,
 * after its first second, at the minimum data rate; otherwise 408, and the connection ends.
 */
final class ServiceHandler extends Handler.Abstract {

    static final System.Logger LOG = System.getLogger(ValidationService.class.getName());

    /** What the service answers. */
    interface Routes {
        /** @return the answer given before the body is read (an unknown path, another method), or null */
        Answer before(String method, String path);

        /**
         * @param contentType the request's {@code Content-Type}, or null
         * @return the answer to a request with its whole body; may throw, which gives a logged 500
         */
        Answer answer(String path, String rawQuery, String contentType, byte[] body) throws Exception;
    }

    private final Routes routes;
    private final long maxBody;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration idleTimeout;
    private final long minDataRate;

    ServiceHandler(Routes routes, long maxBody, Duration readTimeout, Duration writeTimeout, Duration idleTimeout, long minDataRate) {
        super(InvocationType.BLOCKING);
        this.routes = routes;
        this.maxBody = maxBody;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
        this.idleTimeout = idleTimeout;
        this.minDataRate = minDataRate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        Answer early = routes.before(method, path == null ? "" : path);
        if (early != null && hasBody(request) && framing(request) == null) {
            // answered without its body (404, 405): the body is read and dropped first, so that the connection
            // can go on, and a client still sending it is not cut off
            new Body(request, response, callback, early).start();
            return true;
        }
        if (early == null) {
            early = framing(request);
        }
        if (early != null) {
            send(request, response, callback, early);
            return true;
        }
        new Body(request, response, callback, null).start();
        return true;
    }

    /** @return whether the request announces a body: a length above 0, or chunks */
    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /** @return the refusal of a body that cannot be read as the service reads bodies, or null */
    private Answer framing(Request request) {
        HttpFields headers = request.getHeaders();
        List<String> codings = headers.getCSV(HttpHeader.TRANSFER_ENCODING, false);
        if (!codings.isEmpty()) {
            // Jetty's parser has checked that chunked is the last coding and that no Content-Length is beside it
            if (codings.size() > 1 || !codings.get(0).equalsIgnoreCase("chunked")) {
                return Answer.error(501, "transfer coding " + codings.get(0).toLowerCase(Locale.ROOT)
                        + " is not supported: send the body chunked or with Content-Length").closing();
            }
        } else if (!headers.contains(HttpHeader.CONTENT_LENGTH)) {
            // RFC 9112 6.3: without either, a request has no body; what the client sends next would be read as
            // another request
            return Answer.error(411, "send the body with a Content-Length header (or Transfer-Encoding: chunked)").closing();
        }
        if (request.getLength() > maxBody) {
            return tooLarge();
        }
        return null;
    }

    private Answer tooLarge() {
        return Answer.error(413, "the body is over the limit of " + maxBody + " bytes").closing();
    }

    private Answer late() {
        return Answer.error(408, "the request did not arrive within " + Answer.seconds(readTimeout)
                + ": send the whole request at once").closing();
    }

    /** Writes an answer; the connection ends after it when it says so, or when the client asked. */
    private void send(Request request, Response response, Callback callback, Answer a) {
        HttpFields.Mutable h = response.getHeaders();
        response.setStatus(a.status());
        h.put(HttpHeader.CONTENT_TYPE, a.contentType());
        h.put(HttpHeader.CONTENT_LENGTH, a.body().length);
        if (a.allow() != null) {
            h.put(HttpHeader.ALLOW, a.allow());
        }
        if (a.close() || wantsClose(request)) {
            h.put(HttpHeader.CONNECTION, "close");
        }
        // from here the client has the write timeout to take the answer; then the connection waits for its next
        // request with the idle timeout
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        endPoint.setIdleTimeout(writeTimeout.toMillis());
        Callback done = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                endPoint.setIdleTimeout(idleTimeout.toMillis());
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                endPoint.setIdleTimeout(idleTimeout.toMillis());
                super.failed(x);
            }
        };
        response.write(true, ByteBuffer.wrap(a.body()), done);
    }

    private static boolean wantsClose(Request request) {
        HttpVersion version = request.getConnectionMetaData().getHttpVersion();
        boolean close = request.getHeaders().contains(HttpHeader.CONNECTION, "close");
        if (version == HttpVersion.HTTP_1_0) {
            close = close || !request.getHeaders().contains(HttpHeader.CONNECTION, "keep-alive");
        }
        return close;
    }

    /** Reads one request's body, then answers it. */
    private final class Body implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean answered = new AtomicBoolean();
        private final long began;
        /** the answer the request gets whatever its body says (its body is read and dropped), or null */
        private final Answer early;
        private byte[] bytes;
        private int size;
        private Scheduler.Task deadline;

        Body(Request request, Response response, Callback callback, Answer early) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.early = early;
            this.began = request.getBeginNanoTime();
            long length = early != null ? 0 : request.getLength();
            // room for what a small body announces; a large one grows with what arrives
            this.bytes = new byte[(int) Math.max(0, Math.min(length, 16 * 1024))];
        }

        void start() {
            long left = readTimeout.toNanos() - (System.nanoTime() - began);
            if (left <= 0) {
                answer(late());
                return;
            }
            // the body has what is left of the read timeout, whatever the idle timeout
            request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            deadline = request.getComponents().getScheduler().schedule(
                    () -> request.fail(new TimeoutException("read timeout")), left, TimeUnit.NANOSECONDS);
            run();
        }

        @Override
        public void run() {
            while (!answered.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    chunk.release();
                    if (failure instanceof TimeoutException) {
                        answer(late());
                    } else {
                        // the client went away, or sent a body Jetty could not parse (its error handler answers)
                        abort(failure);
                    }
                    return;
                }
                ByteBuffer data = chunk.getByteBuffer();
                int n = data.remaining();
                if ((long) size + n > maxBody) {
                    chunk.release();
                    answer(tooLarge());
                    return;
                }
                if (early == null && size + n > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(maxBody, Math.max((long) size + n, 2L * bytes.length)));
                }
                if (early == null) {
                    data.get(bytes, size, n);
                }
                size += n;
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (early != null) {
                        answer(early);
                    } else {
                        respond();
                    }
                    return;
                }
                long elapsed = System.nanoTime() - began;
                if (minDataRate > 0 && elapsed > 1_000_000_000L && size < minDataRate * (elapsed / 1e9)) {
                    answer(Answer.error(408, "the body arrives at less than " + minDataRate
                            + " bytes a second: send the whole request at once").closing());
                    return;
                }
            }
        }

        private void respond() {
            if (!claim()) {
                return;
            }
            byte[] body = size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
            bytes = null;
            Answer a;
            String path = request.getHttpURI().getPath();
            try {
                a = routes.answer(path, request.getHttpURI().getQuery(), request.getHeaders().get(HttpHeader.CONTENT_TYPE), body);
                if (a == null) {
                    LOG.log(Level.ERROR, "no answer for " + request.getMethod() + " " + path);
                }
            } catch (Exception | Error e) {
                LOG.log(Level.ERROR, "unexpected error answering " + request.getMethod() + " " + path, e);
                a = null;
            }
            if (a == null) {
                a = Answer.error(500, "internal error: the service failed on this request; it has been logged");
            }
            send(request, response, callback, a);
        }

        private void answer(Answer a) {
            if (claim()) {
                bytes = null;
                send(request, response, callback, a);
            }
        }

        private void abort(Throwable failure) {
            if (claim()) {
                bytes = null;
                callback.failed(failure);
            }
        }

        private boolean claim() {
            if (!answered.compareAndSet(false, true)) {
                return false;
            }
            if (deadline != null) {
                deadline.cancel();
            }
            return true;
        }
    }
}
