package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The option parser every command shares. */
class ArgumentsTest {
    static final Option<Boolean> FLAG = Option.flag("--flag", "a flag");
    static final Option<String> MODE = Option.choice("--mode", "a", "a", "b", "c");
    static final Option<Integer> N = Option.integer("--n", "N", 7, -3, 100);
    static final Option<String> NAME = Option.text("--name", "NAME");
    static final List<Option<?>> ALL = List.of(FLAG, MODE, N, NAME);

    private static Arguments parse(String... args) {
        return Arguments.parse("cmd", ALL, List.of(args));
    }

    private static String refused(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsWhenNotGiven() {
        Arguments a = parse("x");
        assertFalse(a.get(FLAG));
        assertEquals("a", a.get(MODE));
        assertEquals(7, a.get(N));
        assertNull(a.get(NAME));
        assertFalse(a.has(N));
        assertEquals(List.of("x"), a.operands());
        assertFalse(a.helpRequested());
    }

    @Test
    void valuesFollowOrAreJoinedByEqualsInAnyOrderWithOperands() {
        Arguments a = parse("f1", "--mode", "b", "-", "--n=-3", "--flag", "--name=x=y", "f2");
        assertTrue(a.get(FLAG));
        assertEquals("b", a.get(MODE));
        assertEquals(-3, a.get(N));
        assertEquals("x=y", a.get(NAME));
        assertTrue(a.has(N));
        assertEquals(List.of("f1", "-", "f2"), a.operands());
    }

    @Test
    void theValueAfterAnOptionIsTakenEvenWithADashAndTheLastOneWins() {
        assertEquals("--flag", parse("--name", "--flag").get(NAME));
        assertEquals(5, parse("--n", "1", "--n", "5").get(N));
        assertEquals("", parse("--name=").get(NAME));
    }

    @Test
    void everythingAfterDoubleDashIsAnOperand() {
        Arguments a = parse("--flag", "--", "--mode", "-h");
        assertEquals(List.of("--mode", "-h"), a.operands());
        assertFalse(a.helpRequested());
        assertEquals("a", a.get(MODE));
    }

    @Test
    void helpAnywhere() {
        assertTrue(parse("x", "--help").helpRequested());
        assertTrue(parse("-h", "x").helpRequested());
    }

    @Test
    void refusalsSayWhatIsWrong() {
        assertEquals("unknown option '--bogus' for cmd", refused("--bogus"));
        assertEquals("unknown option '--bogus' for cmd", refused("--bogus=1"));
        assertEquals("unknown option '-x' for cmd", refused("-x"));
        assertEquals("--flag takes no value", refused("--flag=true"));
        assertEquals("--mode needs a value: a|b|c", refused("--mode"));
        assertEquals("unknown value 'd' for --mode: use a, b or c", refused("--mode", "d"));
        assertEquals("--n must be a whole number from -3 to 100, not '101'", refused("--n", "101"));
        assertEquals("--n must be a whole number from -3 to 100, not '-4'", refused("--n=-4"));
        assertEquals("--n must be a whole number from -3 to 100, not '1e3'", refused("--n", "1e3"));
        assertEquals("--n must be a whole number from -3 to 100, not ''", refused("--n="));
        assertEquals("--n must be a whole number from -3 to 100, not '99999999999999999999'",
                refused("--n", "99999999999999999999"));
    }

    @Test
    void aReaderThatRefusesWithIllegalArgumentGivesAUsageError() {
        Option<Integer> even = Option.of("--even", "N", v -> {
            int n = Integer.parseInt(v);
            if (n % 2 != 0) {
                throw new IllegalArgumentException("not even: " + n);
            }
            return n;
        });
        assertEquals(4, Arguments.parse("c", List.of(even), List.of("--even", "4")).get(even));
        assertEquals("--even: not even: 3", assertThrows(UsageException.class,
                () -> Arguments.parse("c", List.of(even), List.of("--even", "3"))).getMessage());
    }

    @Test
    void theHelpListsEveryOptionWithItsValueAndDescription() {
        Command c = new Command() {
            @Override
            public String name() {
                return "cmd";
            }

            @Override
            public String summary() {
                return "s";
            }

            @Override
            public String synopsis() {
                return "declaro cmd [--n N] FILE";
            }

            @Override
            public String description() {
                return "Does.";
            }

            @Override
            public List<Option<?>> options() {
                return List.of(FLAG, N.describedAs("how many\nat most 100"));
            }

            @Override
            public int run(Arguments args, Context context) {
                return 0;
            }
        };
        assertEquals("""
                Usage: declaro cmd [--n N] FILE

                Does.

                Options:
                  --flag              a flag
                  --n N               how many
                                      at most 100
                  --help              show this help

                """ + ExitCode.HELP, c.help());
    }
}
