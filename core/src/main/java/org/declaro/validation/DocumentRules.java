package org.declaro.validation;

import java.util.List;
import java.util.Optional;
import org.declaro.internal.Format;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.FormatVersion;
import org.declaro.model.Period;
import org.declaro.model.Status;
import org.declaro.report.Rule;

/**
 * Document-level rules: {@code schema.version} (a version this library reads, and no field newer than
 * it), {@code source.digest}, {@code date.order}, {@code status.adoption},
 * {@code reference.unresolved}, {@code period.order}, {@code action.deadline.period}.
 */
final class DocumentRules implements RuleFamily {
    /** Format versions this library reads. */
    static final List<String> SUPPORTED_VERSIONS = supportedVersions();

    /** 64 lower-case hexadecimal digits (a loop, not a regular expression: start-up time). */
    private static boolean isSha256(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char ch = s.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static List<String> supportedVersions() {
        List<String> names = new java.util.ArrayList<>();
        for (FormatVersion v : FormatVersion.values()) { // a loop, not a stream: nothing to spin up at start-up
            names.add(v.jsonName());
        }
        return List.copyOf(names);
    }

    @Override
    public void check(Document doc, String base, Checks c) {
        if (doc.schemaVersion() != null) {
            Optional<FormatVersion> version = FormatVersion.fromJsonName(doc.schemaVersion());
            if (version.isEmpty()) {
                c.add(Rule.SCHEMA_VERSION, base + "/schemaVersion", "Format version \"" + doc.schemaVersion()
                        + "\" cannot be read by this version of Declaro, which reads " + SUPPORTED_VERSIONS + ".");
            } else if (version.get() != FormatVersion.current() && c.newerFields) {
                Format.forEachNewerField(doc, version.get(), base, (pointer, field) -> c.add(Rule.SCHEMA_VERSION, pointer,
                        "\"" + field.name() + "\" is a field of format " + field.since().jsonName() + " but the document says "
                                + "\"schemaVersion\": \"" + doc.schemaVersion() + "\"; set \"schemaVersion\" to \""
                                + field.since().jsonName() + "\" or remove the field."));
            }
        }
        if (doc.source() != null && doc.source().sha256() != null && !isSha256(doc.source().sha256())) {
            c.add(Rule.SOURCE_DIGEST, base + "/source/sha256", "\"" + abbreviate(doc.source().sha256())
                    + "\" is not a SHA-256 digest; write it as 64 lower-case hexadecimal digits.");
        }
        if (doc instanceof Declaration d) {
            if (d.adoption() != null && d.adoption().date() != null && d.date() != null
                    && d.adoption().date().isBefore(d.date())) {
                c.add(Rule.DATE_ORDER, base + "/adoption/date", "Adoption date " + d.adoption().date()
                        + " is before the document's date " + d.date() + ".");
            }
            if (d.status() == Status.ADOPTED && d.adoption() == null) {
                c.add(Rule.STATUS_ADOPTION, base + "/status",
                        "The status is \"adopted\" but there is no \"adoption\"; add where and when it was adopted.");
            }
            for (int i = 0; i < d.references().size(); i++) {
                String id = d.references().get(i).id();
                if (id != null && !c.knownIds.contains(id)) {
                    c.add(Rule.REFERENCE_UNRESOLVED, base + "/references/" + i + "/id", "No document with id \"" + id
                            + "\" is among the documents validated together; validate it with this one.");
                }
            }
        } else if (doc instanceof ActionPlan a) {
            Period period = a.period();
            if (period != null && period.from() != null && period.to() != null) {
                if (period.from() > period.to()) {
                    c.add(Rule.PERIOD_ORDER, base + "/period", "The period runs from " + period.from() + " to "
                            + period.to() + "; \"from\" must not be after \"to\".");
                } else {
                    for (int i = 0; i < a.sections().size(); i++) {
                        List<Action> actions = a.sections().get(i).actions();
                        for (int j = 0; j < actions.size(); j++) {
                            Action act = actions.get(j);
                            if (act.deadline() != null && !period.contains(act.deadline())) {
                                c.add(Rule.ACTION_DEADLINE_PERIOD, base + "/sections/" + i + "/actions/" + j
                                        + "/deadline", "Deadline " + act.deadline() + " is outside the plan's period "
                                        + period.from() + "-" + period.to() + ".");
                            }
                        }
                    }
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
