package org.declaro.importer;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.*;
import net.jqwik.api.*;
import net.jqwik.api.lifecycle.AfterContainer;
import org.declaro.model.*;
import org.declaro.render.*;
import org.declaro.report.*;

class ScratchSurvey {
    static final Map<String, int[]> COUNT = new ConcurrentHashMap<>();
    static final Map<String, String> EXAMPLE = new ConcurrentHashMap<>();
    static final NothingDroppedProperties P = new NothingDroppedProperties();

    static String shape(String l) {
        String t = l.strip();
        if (t.matches("\\| \\w[\\w ]* \\| .*")) return "row:" + t.substring(2, t.indexOf(" |", 2));
        if (t.matches("#+ Annex.*") || t.equals("Annex")) return "annexline";
        if (t.startsWith("#")) return "mdheading";
        if (t.matches("\\*\\*.*\\*\\*\\**")) return "bold";
        if (t.matches("\\d+\\. .*")) return "numbered";
        if (t.matches("(- )?\\([a-z]\\) .*")) return "sub";
        if (t.matches("[IVX]+\\. .*")) return "heading";
        if (t.startsWith("[^")) return "footdef";
        if (t.startsWith("Section")) return "section";
        if (t.startsWith("Action") || t.startsWith("**Action")) return "action";
        if (t.startsWith("- ")) return "bullet";
        if (t.startsWith("Adopted")) return "adopted";
        if (t.startsWith("Original")) return "original";
        if (t.matches("\\*?The General Assembly,\\*?")) return "author";
        if (t.matches("(\\d+ )?[A-Z][a-z]+ \\d{4}")) return "date";
        if (t.matches(".*, (\\d+ )?[A-Z][a-z]+ \\d{4}")) return "place,date";
        if (t.endsWith(" Meeting")) return "meetingname";
        if (t.endsWith(",")) return "preamble";
        if (t.startsWith("*")) return "italic";
        if (t.endsWith(".")) return "sentence";
        return "other";
    }

    static void survey(String source, String syntax, String text) {
        String[] lines = text.split("\n", -1);
        for (DocumentKind kind : new DocumentKind[] {null, DocumentKind.DECLARATION, DocumentKind.ACTION_PLAN}) {
            ImportResult r;
            try {
                r = TextImporter.builder().kind(kind).build().importText(text);
            } catch (RuntimeException e) {
                record(source + " " + syntax + " kind=" + kind + " THROWS " + e.getClass().getSimpleName(), text, e.toString());
                continue;
            }
            NothingDroppedProperties.Analysis a = NothingDroppedProperties.analyse(text, r);
            if (a.ok()) { record(source + " " + syntax + " kind=" + kind + " OK", null, null); continue; }
            boolean annexErr = r.findings().stream().anyMatch(f -> f.message().contains("cannot hold annexes"));
            Set<String> words = new TreeSet<>(a.silentLoss() ? a.needWarning().keySet() : a.unaccounted().keySet());
            Set<String> shapes = new TreeSet<>();
            for (String l : lines) {
                Matcher m = Pattern.compile("\\p{L}+").matcher(l);
                while (m.find()) if (words.contains(m.group().toLowerCase(Locale.ROOT))) { shapes.add(shape(l)); break; }
            }
            String sig = source + " " + syntax + " kind=" + kind + (a.silentLoss() ? " SILENT" : " UNQUOTED")
                    + (annexErr ? " annexErr" : "") + " doc=" + r.document().kind();
            StringBuilder d = new StringBuilder(NothingDroppedProperties.problem(text, r)).append("\n");
            r.findings().forEach(f -> d.append("  ").append(f).append("\n"));
            d.append(NothingDroppedProperties.numbered(text));
            record(sig, text, d.toString());
            if (!annexErr) for (String sh : shapes) record(sig + " shape=" + sh, text, d.toString());
        }
    }

    static void record(String sig, String text, String detail) {
        COUNT.computeIfAbsent(sig, k -> new int[1])[0]++;
        if (detail != null) EXAMPLE.merge(sig, detail, (o, n) -> n.length() < o.length() ? n : o);
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE, seed = "42")
    void decls(@ForAll("d") Declaration d) {
        survey("decl", "text", TextRenderer.get().render(d));
        survey("decl", "md", MarkdownRenderer.get().render(d));
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE, seed = "43")
    void plans(@ForAll("p") NothingDroppedProperties.PlanWithAnnexes p) {
        survey("plan", "text", NothingDroppedProperties.text(p));
        survey("plan", "md", NothingDroppedProperties.markdown(p));
    }

    @Provide Arbitrary<Declaration> d() { return P.declarationsWithAnnexes(); }
    @Provide Arbitrary<NothingDroppedProperties.PlanWithAnnexes> p() { return P.plansWithAnnexes(); }

    @AfterContainer
    static void report() throws Exception {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(COUNT).forEach((k, v) -> b.append(v[0]).append("\t").append(k).append("\n"));
        b.append("\n\n");
        new TreeMap<>(EXAMPLE).forEach((k, v) -> b.append("##### ").append(k).append("\n").append(v).append("\n"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/survey.txt"), b.toString());
    }
}
