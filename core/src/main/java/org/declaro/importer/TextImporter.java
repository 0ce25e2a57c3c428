package org.declaro.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.report.Rule;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Limits;
import org.declaro.model.Source;
import org.declaro.internal.BoundedInput;
import org.declaro.internal.Slugs;
import org.declaro.report.Finding;

/**
 * Turns the plain text of a declaration or action plan into the model.
 *
 * <pre>{@code
 * ImportResult result = TextImporter.standard().importText(Path.of("declaration.txt"));
 * Document doc = result.document().orElseThrow();       // an import always gives a document
 * result.findings().forEach(System.err::println);   // import.unplaced and friends, with line numbers
 * }</pre>
 *
 * <p>The importer is deterministic and works in time linear in the size of the input. It does not find
 * commitments: run {@link org.declaro.commitments.CommitmentExtractor} on the result for that, or call
 * {@link org.declaro.Declaro#importTextWithCommitments}. Instances are
 * immutable and thread-safe.
 */
public final class TextImporter {

    private final DocumentKind kind;
    private final String language;
    private final String title;
    private final Limits limits;
    private final Syntax syntax;
    private final LayoutProfile profile;
    private final boolean provenance;
    private final boolean languageDefault;
    private final java.util.Map<String, String> sourceOptions;

    private TextImporter(Builder b) {
        this.sourceOptions = java.util.Map.copyOf(b.sourceOptions);
        this.syntax = b.syntax;
        this.profile = b.profile;
        this.provenance = b.provenance;
        this.kind = b.kind;
        this.language = b.language;
        this.title = b.title;
        this.limits = b.limits;
        this.languageDefault = !b.languageSet;
    }

    /** @return an importer that detects the kind, with language {@code en} and the default limits */
    public static TextImporter standard() {
        return builder().build();
    }

    /** @return a builder that starts as {@link #standard()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this importer's settings, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.language = language;
        b.languageSet = !languageDefault;
        b.title = title;
        b.limits = limits;
        b.syntax = syntax;
        b.profile = profile;
        b.provenance = provenance;
        b.sourceOptions.putAll(sourceOptions);
        return b;
    }

    /**
     * Imports text. Text whose UTF-8 encoding is longer than {@link Limits#maxInputBytes()} gives a
     * placeholder document and a {@code limit.exceeded} finding.
     *
     * @param text the text, LF or CRLF line ends, with or without a BOM
     * @return the document and the findings
     */
    public ImportResult importText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            BoundedInput.check(text, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        }
        return run(text, syntax, new ArrayList<>(), null, null);
    }

    /**
     * Imports UTF-8 bytes. Bytes that are not UTF-8 are replaced by U+FFFD and reported ({@code import.encoding}).
     * Bytes of a format an installed {@link SourceReader} recognises (a PDF, a Word file) are read by it; those of
     * a known binary format no reader reads give an {@code import.source} error, unless a syntax was set.
     *
     * @param utf8 the bytes
     * @return the document and the findings
     */
    public ImportResult importText(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        try {
            BoundedInput.check(utf8, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        }
        if (syntax == null) {
            Optional<SourceReader> reader = SourceReaders.recognising(utf8);
            if (reader.isPresent()) {
                return read(reader.get(), utf8, null);
            }
            Finding unread = unreadable(utf8);
            if (unread != null) {
                return new ImportResult(placeholder(), List.of(unread));
            }
        }
        return decoded(utf8, syntax, null);
    }

    private ImportResult decoded(byte[] utf8, Syntax given, String name) {
        List<Finding> findings = new ArrayList<>();
        String text = SourceText.decode(utf8, findings);
        return run(text, given, findings, name, utf8);
    }

    /**
     * Imports text from a reader, reading no further than {@link Limits#maxInputBytes()} (counted in bytes
     * of UTF-8).
     *
     * @param reader the reader; not closed
     * @return the document and the findings
     * @throws UncheckedIOException if reading fails (the {@link IOException} is its cause)
     * @throws NullPointerException if {@code reader} is null
     */
    public ImportResult importText(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        String text;
        try {
            text = BoundedInput.readAll(reader, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text: " + e.getMessage(), e);
        }
        return run(text, syntax, new ArrayList<>(), null, null);
    }

    /**
     * Imports a file, reading no further than {@link Limits#maxInputBytes()}: a file of a format an installed
     * {@link SourceReader} reads (by its name's extension or its first bytes: {@code .pdf} with
     * {@code declaro-pdf}, {@code .docx} with {@code declaro-docx}) through that reader, else as UTF-8 text or
     * Markdown. A known binary format no reader reads gives an {@code import.source} error.
     *
     * @param file the file
     * @return the document and the findings
     * @throws UncheckedIOException if the file cannot be read (the {@link IOException} is its cause)
     * @throws NullPointerException if {@code file} is null
     */
    public ImportResult importText(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(file, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return named(bytes, name == null ? null : name.toString());
    }

    /**
     * Imports a file's bytes, given with the file's name, as {@link #importText(Path)} imports a file of that name
     * and content: the name's extension chooses the reader ({@code .pdf} with {@code declaro-pdf}, {@code .docx}
     * with {@code declaro-docx}) or Markdown ({@code .md}, {@code .markdown}), else the first bytes tell, else the
     * bytes are UTF-8 text; the provenance records the name's last path segment. For a pipeline or a service that
     * holds a file's bytes and its name, not the file. Bytes longer than {@link Limits#maxInputBytes()} give a
     * placeholder document and a {@code limit.exceeded} finding.
     *
     * @param bytes the file's content
     * @param name  the file's name or path ({@code /} or {@code \} between segments), or null when it has none
     * @return the document and the findings
     * @throws NullPointerException if {@code bytes} is null
     */
    public ImportResult importText(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            BoundedInput.check(bytes, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        }
        String last = name == null ? null : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return named(bytes, last == null || last.isEmpty() ? null : last);
    }

    /** A file's bytes, within the limit, with the last segment of its name (or null). */
    private ImportResult named(byte[] bytes, String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (syntax == null) {
            Optional<SourceReader> reader = SourceReaders.forFileName(fileName).or(() -> SourceReaders.recognising(bytes));
            if (reader.isPresent()) {
                return read(reader.get(), bytes, fileName);
            }
            Finding unread = unreadable(bytes);
            if (unread != null) {
                return new ImportResult(placeholder(), List.of(unread));
            }
        }
        Syntax ofName = lower.endsWith(".md") || lower.endsWith(".markdown") ? Syntax.MARKDOWN : null;
        return decoded(bytes, syntax != null ? syntax : ofName, fileName);
    }

    /**
     * Imports a stream of any type an installed {@link SourceReader} reads, or of text or Markdown, reading no
     * further than {@link Limits#maxInputBytes()}.
     *
     * @param in        the input; not closed
     * @param mediaType its media type ({@code application/pdf}, {@code text/markdown}, {@code text/plain}), or null
     *                  to tell it by its first bytes; a type no installed reader reads gives an
     *                  {@code import.source} error that names the module to add
     * @return the document and the findings
     * @throws UncheckedIOException if reading fails (the {@link IOException} is its cause)
     * @throws NullPointerException if {@code in} is null
     */
    public ImportResult importStream(InputStream in, String mediaType) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(in, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/markdown") || type.equals("text/x-markdown")) {
            return decoded(bytes, Syntax.MARKDOWN, null);
        }
        if (type.equals("text/plain")) {
            return decoded(bytes, syntax != null ? syntax : Syntax.TEXT, null);
        }
        Optional<SourceReader> reader = type.isEmpty() ? SourceReaders.recognising(bytes) : SourceReaders.forMediaType(type);
        if (reader.isPresent()) {
            return read(reader.get(), bytes, null);
        }
        if (!type.isEmpty() && !type.startsWith("text/")) {
            return new ImportResult(placeholder(), List.of(Finding.of(Rule.IMPORT_SOURCE, "",
                    "No installed reader reads " + type + "; add the module that reads it (declaro-pdf, declaro-docx)"
                            + " to the class path, or send text/plain or text/markdown.")));
        }
        Finding unread = unreadable(bytes);
        return unread != null ? new ImportResult(placeholder(), List.of(unread)) : decoded(bytes, syntax, null);
    }

    /**
     * Imports lines a {@link SourceReader} read (or that the caller made), with their evidence: through the same
     * stages as text, with the evidence deciding where text would be guessed at. The findings' lines are lines of
     * {@code content}, from 1.
     *
     * @param content the lines, their evidence and the file's metadata
     * @return the document and the findings, the reader's own first
     * @throws NullPointerException if {@code content} is null
     */
    public ImportResult importSource(SourceContent content) {
        Objects.requireNonNull(content, "content");
        return importSource(content, null, null, null);
    }

    private ImportResult read(SourceReader reader, byte[] bytes, String name) {
        SourceRequest request = new SourceRequest(limits, sourceOptions);
        SourceContent content;
        try {
            content = reader.read(new java.io.ByteArrayInputStream(bytes), request);
        } catch (IOException | RuntimeException e) { // a reader's own defect must not end the import with a trace
            content = SourceContent.failed(Finding.of(Rule.IMPORT_SOURCE, "", "The " + reader.format()
                    + " reader could not read the file: " + e + "; check the file opens in its own program."));
        }
        return importSource(content, reader.format(), name, bytes);
    }

    private ImportResult importSource(SourceContent content, String format, String name, byte[] bytes) {
        List<Finding> findings = new ArrayList<>(content.findings());
        if (content.lines().isEmpty() && content.hasErrors()) {
            return new ImportResult(placeholder(), findings);
        }
        FormatSource.Converted converted = FormatSource.convert(content);
        List<Finding> stages = new ArrayList<>();
        SourceText source = SourceText.of(converted.text(), stages);
        source.evidence = converted.evidence();
        for (int i = 0; i < source.size() && i < converted.evidence().length; i++) {
            if (converted.evidence()[i].italic()) {
                source.emphasised.set(i);
            }
        }
        java.util.Map<String, String> p = content.properties();
        ImportResult r = run(source, stages, new MarkdownSource.Metadata(p.get("title"), null, null,
                p.get("language")));
        findings.addAll(FormatSource.atReaderLines(r.findings(), converted.origin()));
        Document doc = r.document().orElseThrow();
        if (provenance) {
            byte[] digested = bytes == null ? converted.text().getBytes(java.nio.charset.StandardCharsets.UTF_8) : bytes;
            doc = withSource(doc, new Source(format == null ? "lines" : format, name, sha256(digested)));
        }
        return new ImportResult(doc, findings);
    }

    /**
     * A file of a known binary format no installed reader reads (a PDF, a Word or OpenDocument file): an error
     * that says which module reads it, instead of its bytes read as text.
     */
    private static Finding unreadable(byte[] bytes) {
        String what = BinaryFormats.name(bytes);
        return what == null ? null : Finding.of(Rule.IMPORT_SOURCE, "", "The input is " + what
                + ", and no installed reader reads it; add the module that does (declaro-pdf for PDF, declaro-docx"
                + " for Word) to the class path, or export the text.");
    }

    /** The source stage: Markdown loses its markup (and gives its front matter), then the text is cut into lines. */
    private ImportResult run(CharSequence text, Syntax given, List<Finding> findings, String name, byte[] bytes) {
        Syntax s = given != null ? given : MarkdownSource.looksLikeMarkdown(text) ? Syntax.MARKDOWN : Syntax.TEXT;
        ImportResult r;
        if (s == Syntax.TEXT) {
            r = run(SourceText.of(text, findings), findings, MarkdownSource.Metadata.NONE);
        } else {
            MarkdownSource.Converted md = MarkdownSource.convert(text, findings);
            SourceText source = SourceText.of(md.text(), findings);
            source.emphasised = md.emphasised();
            source.blocks = md.blocks();
            r = run(source, findings, md.metadata());
        }
        if (!provenance) {
            return r;
        }
        Source source = new Source(s.cliName(), name, sha256(bytes != null ? bytes
                : text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new ImportResult(withSource(r.document().orElseThrow(), source), r.findings());
    }

    private static Document withSource(Document doc, Source source) {
        return doc instanceof Declaration d ? d.toBuilder().source(source).build()
                : ((ActionPlan) doc).toBuilder().source(source).build();
    }

    /** The SHA-256 of the input, in lower-case hex: the provenance a user can check the source against. */
    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The result for input over the limit: a placeholder document and a {@code limit.exceeded} finding. */
    private ImportResult overLimit(BoundedInput.TooLarge e) {
        return new ImportResult(placeholder(), List.of(e.finding()));
    }

    private Declaration placeholder() {
        String t = title != null ? title : "Untitled";
        return Declaration.builder(Slugs.of(t), t).language(language).build();
    }

    /**
     * The profile given, or the one the text's evidence chooses, with the words of the document's language: a
     * shipped profile is English, and reads a French text with the French words.
     */
    private LayoutProfile profileFor(CharSequence head, String lang) {
        if (profile != null) {
            return profile;
        }
        LayoutProfile chosen = LayoutProfile.choose(head);
        return chosen.language().equals(lang) ? chosen : LayoutProfile.inLanguage(chosen, lang);
    }

    /**
     * The language of the document: the caller's, else the front matter's, else the one the text shows, else the
     * given profile's, else English.
     */
    private String languageOf(CharSequence head, MarkdownSource.Metadata meta) {
        if (!languageDefault) {
            return language;
        }
        if (meta.language() != null) {
            return meta.language();
        }
        return LanguageDetector.detect(head).orElse(profile != null ? profile.language() : language);
    }


    /**
     * The stages, wired: the layout (page furniture, footnote definitions, lone markers), the tokeniser (each
     * line classified once into the stream), the parts (annexes, a second language version), the assembly (front
     * matter, body or plan, per part), and the report of lines no stage owns.
     */
    private ImportResult run(SourceText src, List<Finding> findings, MarkdownSource.Metadata meta) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < src.size() && head.length() < 64 * 1024; i++) {
            head.append(src.text[i]).append('\n');
        }
        String lang = languageOf(head, meta);
        Context ctx = new Context(src, findings, profileFor(head, lang), lang);
        Line.Page[] pages = Layout.markFurniture(ctx);
        List<FootnoteDefinitions.Def> defs = FootnoteDefinitions.collect(ctx);
        Layout.attachLoneMarkers(ctx); // after the footnotes: a number is never joined to a separator or a note
        LanguageSwitch.Found second = LanguageSwitch.find(ctx, 0);
        ctx.tokenise(pages, second == null ? null : LayoutProfile.inLanguage(ctx.profile, second.language()),
                second == null ? -1 : second.line());
        List<Parts.Part> parts = Parts.find(ctx, second);
        Document main = new Assembly(kind, title, profile, languageDefault).assemble(ctx, parts, defs, meta);
        ctx.reportUnplaced();
        findings.sort(Comparator.comparingInt(Finding::line));
        return new ImportResult(main, findings);
    }

    @Override
    public String toString() {
        return "TextImporter[kind=" + (kind == null ? "detect" : kind.jsonName()) + ", language=" + language + "]";
    }

    /** Builds a {@link TextImporter}. */
    public static final class Builder {
        private DocumentKind kind;
        private String language = "en";
        private String title;
        private Limits limits = Limits.DEFAULTS;
        private Syntax syntax;
        private LayoutProfile profile;
        private boolean provenance;
        private boolean languageSet;
        private final java.util.Map<String, String> sourceOptions = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param key   an option of a file format's reader, such as {@code revisions} for Word
         *              ({@code accepted}, {@code original}); readers ignore options they do not know
         * @param value its value
         * @return this builder
         */
        public Builder sourceOption(String key, String value) {
            sourceOptions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param value the kind of the document, or {@code null} (the default) to detect it: an action plan
         *              when the title names one or actions are numbered {@code Action 1} / {@code #1}
         * @return this builder
         */
        public Builder kind(DocumentKind value) {
            kind = value;
            return this;
        }

        /**
         * @param value the BCP 47 tag of the text's language; default {@code en}
         * @return this builder
         */
        public Builder language(String value) {
            language = Objects.requireNonNull(value, "language");
            languageSet = true;
            return this;
        }

        /**
         * @param value the title, for texts that do not print one (web pages often put it in the page's
         *              head); {@code null} (the default) reads it from the text
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * @param value the limits; the importer uses {@link Limits#maxInputBytes()}, the largest input in bytes
         *              of UTF-8 (default {@link Limits#DEFAULTS}: 64 MiB)
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * @param value the syntax of the input, or {@code null} (the default) to detect it: Markdown when a
         *              file is named {@code .md} or the text opens with YAML front matter or shows Markdown markup
         * @return this builder
         */
        public Builder syntax(Syntax value) {
            syntax = value;
            return this;
        }

        /**
         * @param value the layout profile whose cue words the importer reads, or {@code null} (the default) to
         *              choose one of the shipped profiles on the text's evidence ({@link LayoutProfile#choose})
         * @return this builder
         */
        public Builder profile(LayoutProfile value) {
            profile = value;
            return this;
        }

        /**
         * @param name the name of a shipped profile: {@code un-resolution}, {@code statement} or
         *             {@code action-plan}; {@code auto} or {@code null} to choose on evidence
         * @return this builder
         * @throws IllegalArgumentException for another name
         */
        public Builder profile(String name) {
            if (name == null || name.equalsIgnoreCase("auto")) {
                profile = null;
                return this;
            }
            profile = LayoutProfile.byName(name).orElseThrow(() -> new IllegalArgumentException("no layout profile \""
                    + name + "\"; the shipped ones are un-resolution, statement and action-plan (or auto)"));
            return this;
        }

        /**
         * @param value whether the document records where it came from in {@code source} (format 1.1): the
         *              syntax, the file name and the SHA-256 of the input; default false, so that a text imports
         *              to the same document wherever it was read from
         * @return this builder
         */
        public Builder provenance(boolean value) {
            provenance = value;
            return this;
        }

        /** @return the importer */
        public TextImporter build() {
            return new TextImporter(this);
        }
    }
}
