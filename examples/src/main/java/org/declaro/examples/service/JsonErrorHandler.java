package org.declaro.examples.service;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself (a request it cannot parse: 400, 414, 431, 505...) in the service's form,
 * {@code {"error": "..."}}, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        if (status == HttpStatus.UPGRADE_REQUIRED_426) {
            // a request line of HTTP/2 or later over a plain connection: the service speaks HTTP/1.x only, so
            // there is nothing to upgrade to (RFC 9110 15.6.6)
            status = HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505;
            response.setStatus(status);
            response.getHeaders().remove(HttpHeader.UPGRADE);
        }
        Object message = request.getAttribute(ERROR_MESSAGE);
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            message = "send the request as HTTP/1.1";
        } else if (request.getConnectionMetaData().getConnection() instanceof ServiceConnection c && c.badRequestLine) {
            message = "the request line is not 'METHOD TARGET HTTP/1.1', with one space between the parts";
        }
        byte[] body = body(status, message == null ? null : message.toString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Answer.JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The same body for the bad-message path of the Jetty versions that still take it (deprecated in 12.1). */
    @Override
    @SuppressWarnings("removal")
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        byte[] body = body(status, reason);
        fields.put(HttpHeader.CONTENT_TYPE, Answer.JSON);
        return ByteBuffer.wrap(body);
    }

    private static byte[] body(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        String text = message == null || message.isBlank() || message.equals(reason) ? reason : reason + ": " + message;
        return Answer.error(status, text).body();
    }
}
