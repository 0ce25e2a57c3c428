package org.declaro.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declaro.model.Document;

/**
 * The {@code declaro} command-line tool, built on Declaro's public API only.
 *
 * <p>It finds the {@link Command} named by the first argument, parses the rest against the command's options
 * ({@link Arguments}) and runs it. Exit codes ({@link ExitCode}): 0 success (no error found), 1 a document has
 * errors (malformed JSON included), 2 usage error or unreadable input, 3 an unexpected internal error, which
 * prints one line asking to report it; {@code --debug} before the command, or the environment variable
 * {@code DECLARO_DEBUG=1}, prints its stack trace too. Nothing the tool prints contains a raw control
 * character of its input ({@link ControlCharacterEscaper}).
 */
public final class Main {
    static final String DEMO_RESOURCE = "/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json";

    /** The commands' names, in the order {@code declaro --help} lists them. */
    static final List<String> NAMES = List.of("validate", "format", "demo", "commitments", "import", "schema", "render",
            "diff", "serve");

    /**
     * Makes a command: a run makes (and loads the classes of) the command it runs only, not the others, with
     * their options, their parts of the library and what those initialise.
     *
     * @param name a command's name
     * @return the command of that name, or null when there is none
     */
    static Command command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "format" -> new FormatCommand();
            case "demo" -> new DemoCommand();
            case "commitments" -> new CommitmentsCommand();
            case "import" -> new ImportCommand();
            case "schema" -> new SchemaCommand();
            case "render" -> new RenderCommand();
            case "diff" -> new DiffCommand();
            case "serve" -> new ServeCommand();
            default -> null;
        };
    }

    /** @return every command, in the order of {@link #NAMES} */
    static List<Command> commands() {
        List<Command> all = new ArrayList<>(NAMES.size());
        for (String name : NAMES) {
            all.add(command(name));
        }
        return all;
    }

    private final Context context;
    /** The commands given to the constructor, or null: those of {@link #command}, made when named. */
    private final List<Command> commands;
    private final Boolean debug;

    /**
     * @param stdin  standard input
     * @param out    standard output
     * @param err    standard error
     */
    Main(InputStream stdin, PrintStream out, PrintStream err) {
        this(stdin, out, err, null, null);
    }

    /**
     * @param debug whether an internal error prints its stack trace; null: when {@code DECLARO_DEBUG} is set and
     *              not empty, read only then (the environment is parsed on first use)
     */
    Main(InputStream stdin, PrintStream out, PrintStream err, List<Command> commands, Boolean debug) {
        this.context = new Context(stdin, escaping(out), escaping(err));
        this.commands = commands;
        this.debug = debug;
    }

    private boolean debugFromEnvironment() {
        if (debug != null) {
            return debug;
        }
        String value = System.getenv("DECLARO_DEBUG");
        return value != null && !value.isEmpty();
    }

    private static PrintStream escaping(PrintStream stream) {
        return new PrintStream(new ControlCharacterEscaper(stream), false, StandardCharsets.UTF_8);
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        int code = new Main(System.in, out, System.err).run(args);
        out.flush();
        System.exit(code);
    }

    /**
     * @param args the command line
     * @return the exit code
     */
    int run(String[] args) {
        try {
            return dispatch(List.of(args));
        } finally {
            context.out.flush();
            context.err.flush();
        }
    }

    private int dispatch(List<String> args) {
        boolean debugging = false;
        if (!args.isEmpty() && args.get(0).equals("--debug")) {
            debugging = true;
            args = args.subList(1, args.size());
        }
        if (args.isEmpty()) {
            context.err.print(mainHelp());
            return ExitCode.USAGE;
        }
        String name = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (name) {
            case "--help", "-h" -> {
                context.out.print(mainHelp());
                return ExitCode.OK;
            }
            case "help" -> {
                Optional<Command> about = rest.isEmpty() ? Optional.empty() : find(rest.get(0));
                context.out.print(about.map(Command::help).orElseGet(this::mainHelp));
                return rest.isEmpty() || about.isPresent() ? ExitCode.OK : usage("unknown command '" + rest.get(0) + "'", "declaro --help");
            }
            case "--version" -> {
                context.out.println("declaro " + version());
                return ExitCode.OK;
            }
            default -> {
                Optional<Command> command = find(name);
                if (command.isEmpty()) {
                    return usage("unknown command '" + name + "'", "declaro --help");
                }
                return run(command.get(), rest, debugging);
            }
        }
    }

    private Optional<Command> find(String name) {
        if (commands == null) {
            return Optional.ofNullable(command(name));
        }
        for (Command c : commands) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private int run(Command command, List<String> args, boolean debugging) {
        try {
            Arguments parsed = Arguments.parse(command.name(), command.options(), args);
            if (parsed.helpRequested()) {
                context.out.print(command.help());
                return ExitCode.OK;
            }
            return command.run(parsed, context);
        } catch (UsageException e) {
            return usage(e.getMessage(), "declaro " + command.name() + " --help");
        } catch (UncheckedIOException e) {
            context.err.println("declaro: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException | StackOverflowError e) {
            debugging |= debugFromEnvironment();
            context.err.println("declaro: internal error (" + String.valueOf(e).replaceAll("\\s+", " ") + "). This is a bug in declaro: please report it with"
                    + " the command line and its input" + (debugging ? "." : "; run with --debug, or DECLARO_DEBUG=1, for the stack trace."));
            if (debugging) {
                e.printStackTrace(context.err);
            }
            return ExitCode.INTERNAL;
        }
    }

    private int usage(String message, String help) {
        context.err.println("declaro: " + message);
        context.err.println("Try '" + help + "'.");
        return ExitCode.USAGE;
    }

    private String mainHelp() {
        StringBuilder sb = new StringBuilder("""
                Usage: declaro [--debug] COMMAND [OPTIONS] [ARGS]

                """).append("Validate, format and explore structured declaration documents (Declaro JSON format ")
                .append(Document.CURRENT_SCHEMA_VERSION).append(").\n\nCommands:\n");
        (commands == null ? commands() : commands).forEach(c -> sb.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        sb.append("""

                Options:
                  --help       show help (also: declaro COMMAND --help, declaro help COMMAND)
                  --version    show the version
                  --debug      print the stack trace of an internal error (also: DECLARO_DEBUG=1)

                """).append(ExitCode.HELP);
        return sb.toString();
    }

    /** @return the version in the jar's manifest, or "development build" when run from classes */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
