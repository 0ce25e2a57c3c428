package org.declaro.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.model.PartialDate;

/** The time a clause names: "by 2029", "before December 2027", "no later than the end of 2026". */
public final class Deadlines {

    private static final Pattern DEADLINE = Pattern.compile("\\b(?:by|before|until|no later than)\\b[^.;]{0,60}?"
            + "(?:\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?"
            + "\\b((?:19|20)\\d{2})\\b");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Deadlines() {
    }

    /**
     * @param clause a clause or an action's text
     * @return the last deadline it names (a year, or a month and year), or null
     */
    public static PartialDate in(String clause) {
        Matcher m = DEADLINE.matcher(clause);
        PartialDate found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            found = m.group(1) == null ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, MONTHS.indexOf(m.group(1)) + 1);
        }
        return found;
    }
}
