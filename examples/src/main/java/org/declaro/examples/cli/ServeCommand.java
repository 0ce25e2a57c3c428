package org.declaro.examples.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.declaro.examples.service.ValidationService;

/** {@code declaro serve}: the HTTP validation service. */
final class ServeCommand implements Command {
    /** Jetty's loggers (through SLF4J to java.util.logging), held so that the level set stays; loaded by serve only. */
    private static final class JettyLog {
        static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger("org.eclipse.jetty");
    }
    static final Option<Integer> PORT = Option.integer("--port", "N", 8080, 0, 65535)
            .describedAs("the TCP port to listen on, 0 for any free one (default: 8080)");
    static final Option<String> BIND = Option.text("--bind", "ADDRESS")
            .describedAs("the address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)");
    static final Option<Integer> MAX_BYTES = Option.integer("--max-bytes", "N", ValidationService.DEFAULT_MAX_BYTES, 1,
            Integer.MAX_VALUE).describedAs("the largest request body accepted, in bytes (default: "
                    + ValidationService.DEFAULT_MAX_BYTES + "); larger ones get 413");

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the HTTP validation service (POST /validate, POST /render?to=...)";
    }

    @Override
    public String synopsis() {
        return "declaro serve [--port N] [--bind ADDRESS] [--max-bytes N]";
    }

    @Override
    public String description() {
        return """
                Runs the validation service until stopped (Ctrl-C):
                  POST /validate                           the report as JSON (200; 400 when the body is not JSON; 413 too large)
                  POST /render?to=html|markdown|text|akn   the document in that view
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(PORT, BIND, MAX_BYTES);
    }

    @Override
    public int run(Arguments args, Context context) {
        if (!args.operands().isEmpty()) {
            throw new UsageException("serve takes no arguments, only options");
        }
        String bind = Objects.requireNonNullElse(args.get(BIND), "127.0.0.1");
        int port = args.get(PORT);
        try {
            JettyLog.LOGGER.setLevel(java.util.logging.Level.WARNING); // no start-up lines, only Jetty's warnings
            // the builder's defaults, as the README gives them (four worker threads a core, at least eight)
            ValidationService service = ValidationService.builder().address(InetAddress.getByName(bind)).port(port)
                    .maxBytes(args.get(MAX_BYTES)).start();
            context.err.println("declaro: serving on http://" + service.address().getHostString() + ":" + service.address().getPort()
                    + "/ (POST /validate, POST /render?to=html|markdown|text|akn); Ctrl-C to stop");
            context.err.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            Thread.currentThread().join();
            return ExitCode.OK;
        } catch (IOException e) {
            context.err.println("declaro: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }
}
