package org.declaro.examples.cli;

/**
 * The exit codes of the {@code declaro} tool. A script can tell them apart: a higher code is a worse outcome,
 * so a command that handles several inputs exits with the highest code among them ({@link #worst}).
 */
final class ExitCode {
    /** Done: no document has an error (warnings may have been printed). */
    static final int OK = 0;
    /** A document has errors, malformed JSON included; the findings were printed. */
    static final int INVALID = 1;
    /** A usage error (unknown option, value out of range, missing file argument) or an unreadable input. */
    static final int USAGE = 2;
    /** An unexpected internal error: a bug in declaro, to be reported. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }

    /** @return the worse of two exit codes */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }

    /** The lines the main help and the README print about exit codes. */
    static final String HELP = """
            Exit codes: 0 no errors, 1 a document has errors, 2 usage error or unreadable input,
            3 internal error (a bug: please report it; --debug or DECLARO_DEBUG=1 prints its stack trace).
            """;
}
