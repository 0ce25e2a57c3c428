package org.declaro.examples.cli;

import java.util.List;

/**
 * One command of the {@code declaro} tool. Every command has the same shape: a name, a one-line summary for
 * {@code declaro --help}, a synopsis and description for its own help, its options, and {@link #run}.
 * {@link Main} parses the options ({@link Arguments}), answers {@code --help}, and turns a
 * {@link UsageException} into the usage message and exit code 2; {@code run} does the work.
 *
 * <p>To add a command: implement this interface in a class of its own, declare its options as constants, and
 * add its name to {@link Main#NAMES} and a case to {@link Main#command}.
 */
interface Command {
    /** @return the name the user types, e.g. {@code validate} */
    String name();

    /** @return one line for the list of commands in {@code declaro --help} */
    String summary();

    /** @return the usage line(s), starting with {@code declaro NAME} */
    String synopsis();

    /** @return what the command does, for its help: paragraphs, lines of at most 110 characters */
    String description();

    /** @return the command's options ({@code --help} is implied) */
    default List<Option<?>> options() {
        return List.of();
    }

    /** @return what the help shows after the options: the exit codes (by default, those of every command) */
    default String notes() {
        return ExitCode.HELP;
    }

    /**
     * Runs the command.
     *
     * @param args    the parsed arguments
     * @param context the streams and the reading of inputs
     * @return the exit code ({@link ExitCode})
     * @throws UsageException when the arguments do not fit, e.g. a wrong number of files
     */
    int run(Arguments args, Context context);

    /** @return the command's help: synopsis, description, options, notes */
    default String help() {
        StringBuilder sb = new StringBuilder("Usage: ").append(synopsis().strip()).append("\n\n")
                .append(description().strip()).append("\n\nOptions:\n");
        options().forEach(o -> sb.append(o.helpLines()));
        sb.append(Option.flag("--help", "show this help").helpLines());
        sb.append('\n').append(notes().strip()).append('\n');
        return sb.toString();
    }
}
