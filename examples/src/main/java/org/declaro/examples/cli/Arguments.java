package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments, parsed against its {@link Option}s: the typed value of each option and the operands
 * (the arguments that are not options, usually files).
 *
 * <p>The rules, the same for every command:
 * <ul>
 *   <li>an option's value follows it ({@code --format json}) or is joined to it by {@code =}
 *       ({@code --format=json}); the value after an option is taken as its value even when it starts with a
 *       dash, so {@code --max-bytes -5} is refused for its range, not taken for an option;</li>
 *   <li>options and operands may come in any order; {@code -} alone is an operand (standard input), and
 *       every argument after {@code --} is an operand;</li>
 *   <li>an option given twice keeps its last value;</li>
 *   <li>{@code --help} or {@code -h} anywhere asks for the command's help;</li>
 *   <li>an unknown option, a flag given a value, a missing value or a value refused by its option is a
 *       {@link UsageException}.</li>
 * </ul>
 */
final class Arguments {
    private final Map<Option<?>, Object> values;
    private final List<String> operands;
    private final boolean help;

    private Arguments(Map<Option<?>, Object> values, List<String> operands, boolean help) {
        this.values = values;
        this.operands = List.copyOf(operands);
        this.help = help;
    }

    /**
     * @param command the command's name, for messages
     * @param options the options it knows
     * @param args    its arguments (after the command's name)
     * @return the parsed arguments
     * @throws UsageException for an unknown option, a missing value or a value an option refuses
     */
    static Arguments parse(String command, List<Option<?>> options, List<String> args) {
        Map<String, Option<?>> byName = new HashMap<>();
        for (Option<?> o : options) { // a loop, not a lambda: start-up time
            byName.put(o.name(), o);
        }
        Map<Option<?>, Object> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                operands.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            Option<?> option = byName.get(name);
            if (option == null) {
                throw new UsageException("unknown option '" + name + "' for " + command);
            }
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                values.put(option, Boolean.TRUE);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value: " + option.valueLabel());
            }
            values.put(option, option.read(value));
        }
        return new Arguments(values, operands, help);
    }

    /**
     * @param option one of the command's options
     * @param <T>    its type
     * @return its value on the command line, or its default
     */
    @SuppressWarnings("unchecked")
    <T> T get(Option<T> option) {
        return values.containsKey(option) ? (T) values.get(option) : option.defaultValue();
    }

    /** @return whether the option was given on the command line */
    boolean has(Option<?> option) {
        return values.containsKey(option);
    }

    /** @return the arguments that are not options, in order */
    List<String> operands() {
        return operands;
    }

    /**
     * @param count   how many operands the command takes
     * @param message what the command needs, for the usage error
     * @return the operands, when there are {@code count} of them
     */
    List<String> operands(int count, String message) {
        if (operands.size() != count) {
            throw new UsageException(message);
        }
        return operands;
    }

    /** @return whether {@code --help} or {@code -h} was given */
    boolean helpRequested() {
        return help;
    }
}
