package org.declaro.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a Word document ({@code .docx}, WordprocessingML in an Open Packaging Conventions zip) into the importer's
 * line stream, with Word's own evidence. Found by {@link java.util.ServiceLoader} as the reader of format
 * {@code docx}.
 *
 * <ul>
 * <li>Each paragraph is one line followed by a blank line, in reading order, with its style's name, its heading
 * level (a "heading N" style or an outline level) and whether all of it is bold or italic; a line break in it
 * ({@code w:br}, {@code w:cr}) starts a line of its own, as plain text shows it. Each line's {@code x} is the
 * paragraph's left indent from the page's edge (the section's left margin and {@code w:ind}, direct or from the
 * style), in points.</li>
 * <li>Word's automatic numbering is computed as Word displays it ({@code number} "1.", "(a)", "II.", with its
 * {@code numberLevel}): levels, number formats, level texts, start values, restarts and overrides.</li>
 * <li>A footnote or endnote reference is written {@code [^label]} where it stands, its label as Word shows it
 * (footnotes 1, 2, 3; endnotes i, ii, iii; or the custom mark); the notes' text follows the body as
 * {@code FOOTNOTE} lines.</li>
 * <li>A table row is a pipe-table line {@code | a | b | c |}, with a rule under the first row, as in Markdown.</li>
 * <li>Comments are left out, with an info finding.</li>
 * <li>Tracked changes: option {@code revisions} {@code accepted} (default: insertions kept, deletions left out)
 * or {@code original} (the reverse).</li>
 * </ul>
 *
 * <p>Bad input gives a finding and no lines, never an exception: a damaged or non-Word file and a refused
 * macro-enabled file ({@code .docm}) give {@code import.source}; a file over {@link Limits#maxInputBytes()}, or a
 * part that inflates beyond it or by more than 100 times its compressed size (a zip bomb), gives
 * {@code limit.exceeded}. POI's zip limits are global to the JVM: the reader sets them from the request's
 * {@link Limits} while it inflates the parts, under a lock, and puts the previous values back.
 */
public final class DocxSourceReader implements SourceReader {
    /** the media type of a .docx file */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** the option that chooses the version of a document with tracked changes: "accepted" or "original" */
    public static final String REVISIONS = "revisions";

    /** the smallest ratio of compressed to inflated size of a part: below it the part is a zip bomb (POI's default) */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final Object ZIP_SETTINGS = new Object();
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** Creates the reader (ServiceLoader's constructor). */
    public DocxSourceReader() {
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    /** @return "docx", and "docm", which is read only to be refused with a clear finding */
    @Override
    public Set<String> extensions() {
        return Set.of("docx", "docm");
    }

    /** @return whether the bytes open a zip whose first entries name a {@code word/} part */
    @Override
    public boolean recognises(byte[] head) {
        if (head == null || head.length < ZIP_MAGIC.length || !startsWith(head, ZIP_MAGIC)) {
            return false;
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("word/");
    }

    private static boolean startsWith(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws IllegalArgumentException if the option {@code revisions} is neither "accepted" nor "original"
     */
    @Override
    public SourceContent read(InputStream in, SourceRequest request) throws IOException {
        Revisions mode = Revisions.of(request.option(REVISIONS, "accepted"));
        Limits limits = request.limits();
        long max = limits.maxInputBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            return failure(Rule.LIMIT_EXCEEDED, "the Word file is larger than the input limit of " + max + " bytes");
        }
        return read(bytes, limits, mode);
    }

    /** The parts of the package the reader needs, inflated within the limits. */
    private record Parts(byte[] document, Map<String, byte[]> related, Map<String, String> properties) {
    }

    private SourceContent read(byte[] bytes, Limits limits, Revisions mode) throws IOException {
        if (startsWith(bytes, OLE2_MAGIC)) {
            return failure(Rule.IMPORT_SOURCE, "the file is not a .docx but an OLE2 container: a password-protected "
                    + "Word file, or a Word 97-2003 .doc; save it from Word as .docx without a password");
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            return failure(Rule.IMPORT_SOURCE, "the file is not a Word .docx file (it is not a zip package)");
        }
        Parts parts;
        Path temp = Files.createTempFile("declaro-", ".docx");
        try {
            Files.write(temp, bytes);
            Object opened = open(temp, limits);
            if (opened instanceof SourceContent failure) {
                return failure;
            }
            parts = (Parts) opened;
        } finally {
            Files.deleteIfExists(temp);
        }
        Map<String, Document> xml = new LinkedHashMap<>();
        String[] names = {"document", "styles", "numbering", "footnotes", "endnotes", "comments", "settings"};
        javax.xml.parsers.DocumentBuilder parser = Xml.parser();
        for (String name : names) {
            byte[] b = name.equals("document") ? parts.document() : parts.related().get(name);
            if (b == null) {
                continue;
            }
            try {
                xml.put(name, Xml.parse(parser, b));
            } catch (SAXException | RuntimeException e) {
                String why = String.valueOf(e.getMessage());
                return failure(Rule.IMPORT_SOURCE, "the Word file's " + name + " part is not "
                        + (why.contains("DOCTYPE") ? "Word's XML: it declares a DTD (an XML entity), which Word never writes"
                                : "well-formed XML (" + firstLine(why) + "): the file is damaged"));
            }
        }
        return lines(xml, parts.properties(), mode);
    }

    /** Opens the package and inflates the parts, with POI's zip limits set from the request's; a failure as content. */
    private Object open(Path file, Limits limits) {
        synchronized (ZIP_SETTINGS) {
            double ratio = ZipSecureFile.getMinInflateRatio();
            long entry = ZipSecureFile.getMaxEntrySize();
            try {
                ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
                ZipSecureFile.setMaxEntrySize(Math.min(limits.maxInputBytes(), 0xFFFFFFFFL));
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    return parts(pkg, limits);
                }
            } catch (Exception | StackOverflowError e) {
                return failureOf(e, limits);
            } finally {
                ZipSecureFile.setMinInflateRatio(ratio);
                ZipSecureFile.setMaxEntrySize(entry);
            }
        }
    }

    private static Object parts(OPCPackage pkg, Limits limits) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject") || name.endsWith("vbaproject.bin")) {
                return failure(Rule.IMPORT_SOURCE, "the file is a macro-enabled Word document (.docm): Declaro does "
                        + "not read files that carry macros; save it from Word as a .docx document");
            }
        }
        PackagePart main = related(pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT), pkg);
        if (main == null) {
            main = related(pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT), pkg);
        }
        if (main == null) {
            return failure(Rule.IMPORT_SOURCE, "the zip file is not a Word document: it has no main document part");
        }
        String type = main.getContentType();
        if (!type.contains("wordprocessingml")) {
            return failure(Rule.IMPORT_SOURCE, "the file is not a Word document but another Office package ("
                    + type + ")");
        }
        byte[] document;
        try (InputStream in = main.getInputStream()) {
            document = in.readAllBytes();
        }
        Map<String, byte[]> related = new LinkedHashMap<>();
        for (PackageRelationship rel : main.getRelationships()) {
            String relType = rel.getRelationshipType();
            String kind = relType.substring(relType.lastIndexOf('/') + 1);
            if (rel.getTargetMode() == TargetMode.EXTERNAL || related.containsKey(kind) || !Set.of("styles", "numbering",
                    "footnotes", "endnotes", "comments", "settings").contains(kind)) {
                continue;
            }
            PackagePart part = main.getRelatedPart(rel);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    related.put(kind, in.readAllBytes());
                }
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        PackageProperties p = pkg.getPackageProperties();
        put(properties, "title", p.getTitleProperty());
        put(properties, "author", p.getCreatorProperty());
        Optional<String> language = p.getLanguageProperty();
        if (language.isPresent() && LANGUAGE_TAG.matcher(language.get().strip()).matches()) {
            properties.put("language", language.get().strip());
        }
        return new Parts(document, related, properties);
    }

    private static void put(Map<String, String> properties, String key, Optional<String> value) {
        value.map(String::strip).filter(v -> !v.isEmpty()).ifPresent(v -> properties.put(key, v));
    }

    private static PackagePart related(Iterable<PackageRelationship> rels, OPCPackage pkg) {
        for (PackageRelationship rel : rels) {
            if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                PackagePart part = pkg.getPart(rel);
                if (part != null) {
                    return part;
                }
            }
        }
        return null;
    }

    /** A failure to open or inflate: over a limit (a zip bomb, a part too large, too many parts) or damaged. */
    private static SourceContent failureOf(Throwable e, Limits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("MAX_ENTRY_SIZE") || m.contains("max size")) {
                return failure(Rule.LIMIT_EXCEEDED, "a part of the Word file inflates to more than " + (m.contains("ratio")
                        ? (long) (1 / MIN_INFLATE_RATIO) + " times its compressed size"
                        : "the input limit of " + limits.maxInputBytes() + " bytes")
                        + " (a zip bomb, or a part too large to read)");
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return failure(Rule.LIMIT_EXCEEDED, "the Word file holds more than " + ZipSecureFile.getMaxFileCount()
                        + " parts");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof StackOverflowError) {
            return failure(Rule.IMPORT_SOURCE, "the Word file's package XML is nested too deeply to read");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return failure(Rule.IMPORT_SOURCE, "the file cannot be read as a Word .docx package: the file is damaged or "
                + "not a Word file (" + why + ")");
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    private static SourceContent failure(Rule rule, String message) {
        return new SourceContent(List.of(), List.of(Finding.of(rule, "", message)), Map.of());
    }

    /** The line stream of the parsed parts. */
    private static SourceContent lines(Map<String, Document> xml, Map<String, String> properties, Revisions mode) {
        Document document = xml.get("document");
        if (document == null || W.child(document.getDocumentElement(), "body") == null) {
            return failure(Rule.IMPORT_SOURCE, "the Word file's main document part has no body: the file is damaged");
        }
        Styles styles = new Styles(xml.get("styles"));
        Numbering numbering = new Numbering(xml.get("numbering"), styles);
        Body.Notes notes = new Body.Notes(xml.get("footnotes"), xml.get("endnotes"));
        Document settings = xml.get("settings");
        if (settings != null) {
            Element root = settings.getDocumentElement();
            notes.formats(W.child(root, "footnotePr"), W.child(root, "endnotePr"));
        }
        Body body = new Body(styles, numbering, mode, notes);
        List<SourceLine> lines = body.read(document);
        List<Finding> findings = new ArrayList<>();
        Document comments = xml.get("comments");
        int count = comments == null ? 0 : W.children(comments.getDocumentElement(), "comment").size();
        if (count > 0) {
            findings.add(info(count == 1 ? "the Word file's comment was left out: comments are not part of the text"
                    : "the Word file's " + count + " comments were left out: comments are not part of the text"));
        }
        if (body.insertions + body.deletions > 0) {
            findings.add(info("the Word file has tracked changes (" + body.insertions + " insertions, " + body.deletions
                    + " deletions); read with revisions=" + mode.name().toLowerCase(Locale.ROOT) + ": "
                    + (mode == Revisions.ACCEPTED ? "insertions kept, deletions left out"
                            : "deletions kept, insertions left out")));
        }
        if (body.tooDeep) {
            findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.WARNING, "", 0, 0, "content of the Word file nested "
                    + "more than " + Body.MAX_DEPTH + " elements deep was left out"));
        }
        // the language is the file's own (dc:language) only: the styles' default language (w:lang of
        // w:docDefaults) is the template's, which a document in another language keeps
        return new SourceContent(lines, findings, properties);
    }

    private static Finding info(String message) {
        return new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", 0, 0, message);
    }
}
