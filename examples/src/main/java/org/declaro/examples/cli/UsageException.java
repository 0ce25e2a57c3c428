package org.declaro.examples.cli;

/**
 * A command line the tool cannot run: an unknown option, a missing or out-of-range value, a wrong number of
 * files. The tool prints the message and the hint to the command's help, and exits with {@link ExitCode#USAGE}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, as one sentence for the user, without the "declaro: " prefix */
    UsageException(String message) {
        super(message, null, false, false);
    }
}
