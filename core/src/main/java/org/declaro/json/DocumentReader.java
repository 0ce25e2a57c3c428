package org.declaro.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declaro.internal.BoundedInput;
import org.declaro.internal.IndexMap;
import org.declaro.internal.Unicode;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads declaration JSON into the model. Immutable and thread-safe: build one ({@link #builder()}, or
 * {@link #standard()} for the default) and share it.
 *
 * <p>Lenient by default: fields the format does not define are kept in the model's {@code extensions}
 * and written back by {@link CanonicalJsonWriter}, each with a {@code json.unknown-field} warning.
 * A strict reader ({@code DocumentReader.builder().strict(true).build()}) reports them as errors instead. Malformed input of any kind (empty, truncated, not
 * an object, too deep, invalid UTF-8, over a {@link Limits limit}) gives a finding with line and
 * column, never an exception.
 *
 * <pre>{@code
 * ReadResult r = DocumentReader.standard().read(Path.of("declaration.json"));
 * r.findings().forEach(System.out::println);
 * Document doc = r.document().orElseThrow();
 * }</pre>
 */
public final class DocumentReader {
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final DocumentReader LENIENT = new DocumentReader(false, Limits.DEFAULTS, false);

    private final boolean strict;
    private final Limits limits;
    private final boolean constraints;
    private final JsonFactory factory;

    private DocumentReader(boolean strict, Limits limits, boolean constraints) {
        this.strict = strict;
        this.limits = limits;
        this.constraints = constraints;
        this.factory = JsonFactory.builder()
                // names are few and repeat: interned once, they match the format table's names by identity
                .enable(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    /** @return the default reader: lenient, default limits, no field-constraint checks */
    public static DocumentReader standard() {
        return LENIENT;
    }

    /**
     * A builder that starts as {@link #standard()}.
     *
     * <pre>{@code
     * DocumentReader strict = DocumentReader.builder().strict(true).limits(Limits.DEFAULTS.withMaxInputBytes(1 << 20)).build();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(false, Limits.DEFAULTS, false);
    }

    /** @return a builder holding this reader's settings, to change some of them */
    public Builder toBuilder() {
        return new Builder(strict, limits, constraints);
    }

    /** Configures a {@link DocumentReader}. Not thread-safe; the readers it builds are. */
    public static final class Builder {
        private boolean strict;
        private Limits limits;
        private boolean constraints;

        private Builder(boolean strict, Limits limits, boolean constraints) {
            this.strict = strict;
            this.limits = limits;
            this.constraints = constraints;
        }

        /**
         * @param value true to report fields the format does not define as errors (default false: warnings, the
         *              fields kept in {@code extensions})
         * @return this builder
         */
        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        /**
         * @param value the limits (default {@link Limits#DEFAULTS})
         * @return this builder
         * @throws NullPointerException if the limits are null
         */
        public Builder limits(Limits value) {
            limits = java.util.Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Whether the reader also checks the model's field constraints, each value where it is read: required
         * fields ({@code @NotNull}), lists that must hold an element ({@code @NotEmpty}), ids that must be slugs
         * and language tags that must be well formed. Their findings ({@code required}, {@code id.format},
         * {@code language.tag}) are those {@link org.declaro.validation.DocumentValidator} reports, with the same
         * sentence, and come only for a document read whole. Off by default: a plain read reports only what
         * stops a value from being read.
         *
         * @param value whether to report the field constraints
         * @return this builder
         */
        public Builder constraintChecks(boolean value) {
            constraints = value;
            return this;
        }

        /** @return the reader */
        public DocumentReader build() {
            return !strict && !constraints && limits.equals(Limits.DEFAULTS) ? LENIENT
                    : new DocumentReader(strict, limits, constraints);
        }
    }

    /** @return whether this reader reports the model's field constraints ({@link Builder#constraintChecks}) */
    public boolean checksConstraints() {
        return constraints;
    }

    /** @return whether unknown fields are errors */
    public boolean isStrict() {
        return strict;
    }

    /** @return the limits */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads a document from a file. Reading stops at {@link Limits#maxInputBytes()}: a larger file gives a
     * {@code limit.exceeded} finding after reading no more than the limit.
     *
     * @param file the file, UTF-8
     * @return the result; never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a document from a file as {@link #read(Path)} does, telling {@code listener} of each object as it
     * is built. The file is parsed as a stream, so that memory holds the model but not the text; to give
     * line and column to findings, it is read a second time, only when there are findings.
     *
     * @param file     the file, UTF-8
     * @param listener told of each object read whole, children before parents; or null
     * @return the result; never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult read(Path file, ReadListener listener) {
        Text text = new Text(null, file, limits.maxInputBytes());
        try {
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > limits.maxInputBytes()) {
                // known without reading
                return new ReadResult(Optional.empty(), List.of(BoundedInput.finding(limits.maxInputBytes())), IndexMap.IDENTITY);
            }
            // FileInputStream, not Files.newInputStream: the channel classes cost start-up time
            InputStream opened = file.getFileSystem() == java.nio.file.FileSystems.getDefault()
                    ? new java.io.FileInputStream(file.toFile()) : java.nio.file.Files.newInputStream(file);
            try (InputStream in = BoundedInput.bounded(opened, limits.maxInputBytes())) {
                return parse(text, factory.createParser(ObjectReadContext.empty(), in), listener);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            if (e.getCause() instanceof BoundedInput.TooLarge tooLarge) {
                return tooLarge(tooLarge); // the file grew past the limit while it was read
            }
            throw new UncheckedIOException("cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The text being read: in memory, or a file read again only when findings need their line and column. */
    private static final class Text {
        private byte[] bytes;
        private final Path file;
        private final long maxBytes;

        Text(byte[] bytes, Path file, long maxBytes) {
            this.bytes = bytes;
            this.file = file;
            this.maxBytes = maxBytes;
        }

        byte[] bytes() {
            if (bytes == null) {
                try {
                    bytes = BoundedInput.readAll(file, maxBytes);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + " again: " + e.getMessage(), e);
                }
            }
            return bytes;
        }

        List<Finding> locate(List<Finding> findings) {
            return findings.isEmpty() ? findings : JsonLocator.locate(bytes(), findings);
        }
    }

    /**
     * Reads a document from a stream, up to the size limit; does not close the stream.
     *
     * @param in UTF-8 JSON
     * @return the result
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ReadResult read(InputStream in) {
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(in, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return tooLarge(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        return parse(bytes);
    }

    /**
     * Reads a document from characters, up to the size limit (counted in bytes of UTF-8); does not close
     * the reader.
     *
     * @param in JSON text
     * @return the result
     * @throws UncheckedIOException if the reader fails
     */
    public ReadResult read(Reader in) {
        String text;
        try {
            text = BoundedInput.readAll(in, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return tooLarge(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        return parseText(text);
    }

    /**
     * @param json JSON text
     * @return the result
     */
    public ReadResult read(String json) {
        try {
            BoundedInput.check(json, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return tooLarge(e);
        }
        return parseText(json);
    }

    /**
     * Reads a document from UTF-8 bytes (a byte order mark is allowed).
     *
     * @param json the bytes; not modified
     * @return the result; never null
     */
    public ReadResult read(byte[] json) {
        try {
            BoundedInput.check(json, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return tooLarge(e);
        }
        return parse(json);
    }

    /**
     * Reads UTF-8 JSON as {@link #read(byte[])} does, telling {@code listener} of each object as it is built.
     *
     * @param json     UTF-8 JSON
     * @param listener told of each object read whole, children before parents
     * @return the document, if one could be read, and what reading found
     */
    public ReadResult read(byte[] json, ReadListener listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        try {
            BoundedInput.check(json, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return tooLarge(e);
        }
        return parse(json, listener);
    }

    private ReadResult parseText(String json) {
        Finding notUnicode = Unicode.unpairedSurrogate(json);
        if (notUnicode != null) {
            return new ReadResult(Optional.empty(), List.of(notUnicode), IndexMap.IDENTITY);
        }
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses input already checked against the size limit. */
    private ReadResult parse(byte[] json) {
        return parse(json, null);
    }

    private ReadResult parse(byte[] json, ReadListener listener) {
        return parse(new Text(json, null, limits.maxInputBytes()), factory.createParser(ObjectReadContext.empty(), json),
                listener);
    }

    private ReadResult parse(Text json, JsonParser parser, ReadListener listener) {
        List<Finding> findings = new ArrayList<>();
        Document doc = null;
        IndexMap indexMap = IndexMap.IDENTITY;
        try (JsonParser p = parser) {
            JsonToken t = p.nextToken();
            if (t == null) {
                findings.add(new Finding(Rule.JSON_SYNTAX, Rule.JSON_SYNTAX.defaultSeverity(), "", 1, 1,
                        "The input is empty; expected a JSON object."));
                return new ReadResult(Optional.empty(), findings, indexMap);
            }
            if (t != JsonToken.START_OBJECT) {
                findings.add(Finding.of(Rule.JSON_TYPE, "",
                        "Expected a JSON object for the document but found " + describeRoot(t) + "."));
                return new ReadResult(Optional.empty(), json.locate(findings), indexMap);
            }
            DocumentBinder binder = new DocumentBinder(p, factory, strict, limits, new JsonPath(), constraints, listener);
            try {
                doc = binder.document();
                indexMap = binder.indexMap();
                findings.addAll(binder.findings());
                if (p.nextToken() != null) {
                    findings.add(at(Rule.JSON_SYNTAX, json, p.currentTokenLocation(),
                            "Unexpected content after the end of the document; a file holds one JSON object."));
                    doc = null;
                } else {
                    findings.addAll(binder.constraintFindings()); // only for a document read whole
                }
            } catch (DocumentBinder.LimitAbort e) {
                findings.addAll(binder.findings());
                doc = null;
            } catch (JacksonException e) {
                if (doc == null) {
                    findings.addAll(binder.findings()); // the binder's findings up to where the text broke off
                }
                throw e;
            }
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw e; // the stream failed: not a finding about the text
        } catch (StreamConstraintsException e) {
            findings.add(at(Rule.LIMIT_EXCEEDED, json, e.getLocation(), constraintMessage(e)));
            doc = null;
        } catch (JacksonException e) {
            findings.add(at(Rule.JSON_SYNTAX, json, e.getLocation(), syntaxMessage(e)));
            doc = null;
        }
        return new ReadResult(Optional.ofNullable(doc), json.locate(findings), indexMap);
    }

    private static ReadResult tooLarge(BoundedInput.TooLarge e) {
        return new ReadResult(Optional.empty(), List.of(e.finding()), IndexMap.IDENTITY);
    }

    private static String describeRoot(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static Finding at(Rule rule, Text text, TokenStreamLocation loc, String message) {
        Finding f = new Finding(rule, rule.defaultSeverity(), "", 1, 1, message);
        if (loc != null && loc.getByteOffset() >= 0) {
            byte[] json = text.bytes();
            int[] lc = new JsonLocator.LineCounter(json).lineColumn(Math.min(loc.getByteOffset(), json.length));
            f = f.at(lc[0], lc[1]);
        }
        return f;
    }

    private String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("depth")) {
            return "The JSON is nested more than " + limits.maxDepth() + " levels deep (Limits.maxDepth).";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "A string is longer than " + limits.maxStringLength() + " characters (Limits.maxStringLength).";
        }
        if (m.contains("Number value length")) {
            return "A number has more than " + MAX_NUMBER_LENGTH + " digits; no field of the format needs that many.";
        }
        return "The input is over a limit: " + JsonMessages.clean(m) + ".";
    }

    private static String syntaxMessage(JacksonException e) {
        return JsonMessages.syntax(e.getOriginalMessage());
    }
}
