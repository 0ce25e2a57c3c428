package org.declaro.examples.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One option of a command: its name, the label of its value in the help, what it does, its default, and how
 * its value is read. An option is either a flag ({@code --strict}) or takes a value, given as
 * {@code --format json} or {@code --format=json}. The value is checked when the command line is parsed,
 * so a command's {@code run} only sees values of the right type and range.
 *
 * <pre>{@code
 * static final Option<String> FORMAT = Option.choice("--format", "text", "text", "json")
 *         .describedAs("how findings are printed");
 * static final Option<Integer> PORT = Option.integer("--port", "N", 8080, 0, 65535)
 *         .describedAs("the TCP port to listen on");
 * }</pre>
 *
 * @param <T> the type of the option's value
 */
final class Option<T> {
    private final String name;
    private final String valueLabel;
    private final T defaultValue;
    private final Function<String, T> reader;
    private final String description;

    private Option(String name, String valueLabel, T defaultValue, Function<String, T> reader, String description) {
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("an option's name starts with --: " + name);
        }
        this.name = name;
        this.valueLabel = valueLabel;
        this.defaultValue = defaultValue;
        this.reader = reader;
        this.description = description;
    }

    /**
     * @param name        the option, with its {@code --}
     * @param description what it does, for the help
     * @return an option without value: {@code true} when given, {@code false} otherwise
     */
    static Option<Boolean> flag(String name, String description) {
        return new Option<>(name, null, false, null, description);
    }

    /**
     * @param name       the option, with its {@code --}
     * @param valueLabel the value's name in the help, e.g. {@code TITLE}
     * @return an option whose value is any text; {@code null} when not given
     */
    static Option<String> text(String name, String valueLabel) {
        return new Option<>(name, valueLabel, null, new Reader<>(Reader.TEXT, name, null, 0, 0), "");
    }

    /**
     * @param name         the option, with its {@code --}
     * @param defaultValue the value when the option is not given (null: none)
     * @param values       the values allowed
     * @return an option whose value is one of {@code values}; any other is a usage error that lists them
     */
    static Option<String> choice(String name, String defaultValue, String... values) {
        List<String> allowed = List.of(values);
        String label = String.join("|", allowed);
        return new Option<>(name, label, defaultValue, new Reader<>(Reader.CHOICE, name, allowed, 0, 0), "");
    }

    /**
     * @param name         the option, with its {@code --}
     * @param valueLabel   the value's name in the help, e.g. {@code N}
     * @param defaultValue the value when the option is not given
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @return an option whose value is a whole number from {@code min} to {@code max}; anything else, a number
     *         out of range included, is a usage error that gives the range
     */
    static Option<Integer> integer(String name, String valueLabel, int defaultValue, int min, int max) {
        return new Option<>(name, valueLabel, defaultValue, new Reader<>(Reader.INT, name, null, min, max), "");
    }

    /**
     * @param name         the option, with its {@code --}
     * @param valueLabel   the value's name in the help, e.g. {@code N}
     * @param defaultValue the value when the option is not given
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @return an option whose value is a whole number from {@code min} to {@code max}, as a {@code long}
     */
    static Option<Long> longInteger(String name, String valueLabel, long defaultValue, long min, long max) {
        return new Option<>(name, valueLabel, defaultValue, new Reader<>(Reader.LONG, name, null, min, max), "");
    }

    /**
     * Reads an option's value: a class rather than lambdas, which the JVM spins up at start-up (a few
     * milliseconds for the first).
     */
    private static final class Reader<T> implements Function<String, T> {
        static final int TEXT = 0;
        static final int CHOICE = 1;
        static final int INT = 2;
        static final int LONG = 3;
        private final int kind;
        private final String name;
        private final List<String> allowed;
        private final long min;
        private final long max;

        Reader(int kind, String name, List<String> allowed, long min, long max) {
            this.kind = kind;
            this.name = name;
            this.allowed = allowed;
            this.min = min;
            this.max = max;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T apply(String v) {
            Object value;
            switch (kind) {
                case CHOICE:
                    if (!allowed.contains(v)) {
                        throw new UsageException("unknown value '" + v + "' for " + name + ": use " + or(allowed));
                    }
                    value = v;
                    break;
                case INT:
                    value = (int) wholeNumber(name, v, min, max);
                    break;
                case LONG:
                    value = wholeNumber(name, v, min, max);
                    break;
                default:
                    value = v;
            }
            return (T) value;
        }
    }

    private static long wholeNumber(String name, String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) { // not a number, or beyond a long
            throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
        if (n < min || n > max) {
            throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
        return n;
    }

    /**
     * @param name       the option, with its {@code --}
     * @param valueLabel the value's name in the help
     * @param reader     reads the value; throws {@link UsageException} (or {@link IllegalArgumentException},
     *                   whose message is shown) for a value it refuses
     * @param <T>        the value's type
     * @return an option with a value of any type; {@code null} when not given
     */
    static <T> Option<T> of(String name, String valueLabel, Function<String, T> reader) {
        return new Option<>(name, valueLabel, null, reader, "");
    }

    /**
     * @param text what the option does, for the help; may span lines
     * @return this option with that description
     */
    Option<T> describedAs(String text) {
        return new Option<>(name, valueLabel, defaultValue, reader, text);
    }

    /** @return the option's name, with its {@code --} */
    String name() {
        return name;
    }

    /** @return whether the option takes a value */
    boolean takesValue() {
        return reader != null;
    }

    /** @return the value when the option is not given */
    T defaultValue() {
        return defaultValue;
    }

    /** @return the value read from the command line; a usage error if the value is refused */
    T read(String value) {
        try {
            return reader.apply(value);
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + ": " + Objects.requireNonNullElse(e.getMessage(), "bad value '" + value + "'"));
        }
    }

    /** @return what the option needs, for the message when the value is missing */
    String valueLabel() {
        return valueLabel;
    }

    /** @return the option's lines in a command's help: name and value, then the description, aligned */
    String helpLines() {
        String head = "  " + name + (valueLabel == null ? "" : " " + valueLabel);
        String[] lines = description.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        String indent = " ".repeat(22);
        if (head.length() < indent.length() - 1) {
            sb.append(head).append(" ".repeat(indent.length() - head.length())).append(lines[0]);
        } else {
            sb.append(head).append('\n').append(indent).append(lines[0]);
        }
        Arrays.stream(lines).skip(1).forEach(l -> sb.append('\n').append(indent).append(l));
        return sb.append('\n').toString();
    }

    private static String or(List<String> values) {
        return values.size() == 1 ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
