package org.declaro.examples.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP/1.1 connection with the service's two timeouts before a request is handled: a connection waiting
 * for its next request is closed after the idle timeout, and a request whose head has begun to arrive must be all
 * in within the read timeout, else it gets 408 and the connection ends (Jetty alone has one idle timeout for both,
 * and closes without an answer). Once the head is in, {@link ServiceHandler} keeps the time of the body.
 */
final class ServiceConnection extends HttpConnection {

    private final long idleMillis;
    private final long readNanos;
    private final Duration readTimeout;
    /** When the first byte of the head being read came (System.nanoTime), 0 between requests. */
    private volatile long headBegan;
    /** Jetty's handler of what its parser reads, kept for {@link #newHttpParser} (both are made by Jetty's constructor). */
    private RequestHandler requestHandler;
    /** Whether the parser found a request line with more than one space between two of its parts. */
    volatile boolean badRequestLine;

    private ServiceConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint, Duration idleTimeout,
            Duration readTimeout) {
        super(configuration, connector, endPoint);
        this.idleMillis = idleTimeout.toMillis();
        this.readNanos = readTimeout.toNanos();
        this.readTimeout = readTimeout;
    }

    /** Makes {@link ServiceConnection}s. */
    static final class Factory extends HttpConnectionFactory {
        private final Duration idleTimeout;
        private final Duration readTimeout;

        Factory(HttpConfiguration configuration, Duration idleTimeout, Duration readTimeout) {
            super(configuration);
            this.idleTimeout = idleTimeout;
            this.readTimeout = readTimeout;
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            ServiceConnection c = new ServiceConnection(getHttpConfiguration(), connector, endPoint, idleTimeout, readTimeout);
            return configure(c, connector, endPoint);
        }
    }

    @Override
    protected RequestHandler newRequestHandler() {
        RequestHandler handler = super.newRequestHandler();
        requestHandler = handler;
        return handler;
    }

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
        HttpParser parser = new SingleSpaceParser(requestHandler, getHttpConfiguration().getRequestHeaderSize(), compliance);
        parser.setHeaderCacheSize(getHttpConfiguration().getHeaderCacheSize());
        parser.setHeaderCacheCaseSensitive(getHttpConfiguration().isHeaderCacheCaseSensitive());
        return parser;
    }

    /**
     * Jetty's parser, which reads a request line on whitespace boundaries (RFC 9112 section 3 allows it), made to
     * refuse what the grammar does not allow: more than one space between the method, the target and the version.
     * Such a space is replaced by a control character, which the parser refuses with 400 as it refuses any.
     */
    private final class SingleSpaceParser extends HttpParser {
        private byte previous;

        SingleSpaceParser(HttpParser.RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            State state = getState();
            if (state == State.START) {
                previous = 0;
            }
            if (state.ordinal() <= State.REQUEST_VERSION.ordinal()) { // the request line (the states between are a response's)
                for (int i = buffer.position(); i < buffer.limit(); i++) {
                    byte b = buffer.get(i);
                    if (b == '\r' || b == '\n') {
                        if (previous != 0) {
                            break; // the end of the line
                        }
                        continue; // empty lines before it, which the parser skips
                    }
                    if (b == ' ' && previous == ' ') {
                        badRequestLine = true;
                        buffer.put(i, (byte) 0);
                        break;
                    }
                    previous = b;
                }
            }
            return super.parseNext(buffer);
        }
    }

    @Override
    public void onFillable() {
        super.onFillable();
        EndPoint endPoint = getEndPoint();
        if (!endPoint.isOpen() || getHttpChannel().getRequest() != null) {
            return; // closed, or a request is being handled: its handler keeps the time
        }
        HttpParser parser = getParser();
        if (parser.isStart() && isRequestBufferEmpty()) {
            headBegan = 0;
            endPoint.setIdleTimeout(idleMillis); // waiting for the next request
        } else if (parser.inHeaderState() || parser.isStart()) {
            long now = System.nanoTime();
            if (headBegan == 0) {
                headBegan = now;
            }
            long left = readNanos - (now - headBegan);
            endPoint.setIdleTimeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    @Override
    public boolean onIdleExpired(TimeoutException timeout) {
        EndPoint endPoint = getEndPoint();
        if (headBegan != 0 && getHttpChannel().getRequest() == null && endPoint.isOpen()) {
            headBegan = 0;
            Answer a = Answer.error(408, "the request did not arrive within " + Answer.seconds(readTimeout)
                    + ": send the whole request at once");
            String head = "HTTP/1.1 408 Request Timeout\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
                    + "\r\nContent-Type: " + a.contentType() + "\r\nContent-Length: " + a.body().length + "\r\nConnection: close\r\n\r\n";
            Runnable close = () -> {
                endPoint.shutdownOutput();
                endPoint.close();
            };
            endPoint.write(Callback.from(close, x -> endPoint.close()),
                    ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1)), ByteBuffer.wrap(a.body()));
            return false;
        }
        return super.onIdleExpired(timeout);
    }
}
