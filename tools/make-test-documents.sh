#!/usr/bin/env bash
# Makes Word and PDF test documents from the real corpus with the tools that make such files in real life,
# for the import tests of declaro-docx and declaro-pdf. Nothing it writes is committed (it goes under target/).
#
#   tools/make-test-documents.sh [--corpus DIR] [--out DIR] [--sample] [--only docx|pdf|html]...
#
#   --corpus DIR  the real corpus (default: ../shared/corpus/real next to the clone); read only
#   --out DIR     where the documents go (default: target/test-documents); made if missing
#   --sample      only a sample: every web/ document, every fifth un/ document and udhr/ (for CI)
#   --only STEP   only that step (repeatable): docx (pandoc), pdf (LibreOffice), html (Chromium)
#
# It writes, for each corpus text GROUP/NAME.md (GROUP: web, un, udhr; udhr/ has plain .txt files, which are
# given to pandoc one paragraph a line, lines indented deeper than the text's usual indent as block quotes):
#   OUT/docx/GROUP/NAME.docx      pandoc -t docx from the text as published: a pre-step (perl) writes the bare
#                                 footnote markers an extraction left ("Secretary-General;5", for a defined [^5])
#                                 as references and repairs strong emphasis it cut (see markdown-repairs.pl
#                                 below); pandoc reads it as Markdown without the extensions that rewrite text
#                                 (smart quotes and dashes, TeX math, sub- and superscripts, citations), each line
#                                 break kept as a Word line break. Word numbering for the numbered paragraphs, real
#                                 footnotes, the front matter's title as a Title paragraph (not for a resolution,
#                                 which has a symbol and prints its title in its text); the page header holds
#                                 the document's symbol (else its title) and the footer the page number, from a
#                                 reference document this script makes (OUT/reference.docx)
#   OUT/pdf/GROUP/NAME.pdf        LibreOffice headless turns that .docx into PDF: real fonts, footnotes at the foot
#                                 of the page, the running head and page numbers
#   OUT/html-pdf/GROUP/NAME.pdf   Chromium prints Declaro's own HTML view (declaro import --no-commitments, then
#                                 declaro render --to html: the document without the commitment table, its notes
#                                 at the end) with its default header (date, title) and footer (address, page n/N)
# A step whose tool is missing is skipped with a note; the tests that need its files then skip.
# The html step needs the declaro launcher: $DECLARO, else examples/target/declaro (built with
# `mvn -B -ntp -q -pl examples -am package -DskipTests` when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$(cd "$ROOT/.." && pwd)/shared/corpus/real"
OUT="$ROOT/target/test-documents"
SAMPLE=0
STEPS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) CORPUS="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --sample) SAMPLE=1; shift ;;
        --only) STEPS+=("$2"); shift 2 ;;
        -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ ${#STEPS[@]} -gt 0 ] || STEPS=(docx pdf html)
step() { local s; for s in "${STEPS[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
if [ ! -d "$CORPUS" ]; then
    echo "note: no corpus at $CORPUS; no test documents made" >&2
    exit 0
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
WORK="$OUT/work"
rm -rf "$WORK"
mkdir -p "$WORK"

# The inputs: GROUP/NAME.md, or GROUP/NAME.txt where a group has no Markdown (udhr/).
INPUTS=()
for group in web un udhr; do
    [ -d "$CORPUS/$group" ] || continue
    mapfile -t files < <(find "$CORPUS/$group" -maxdepth 1 -name '*.md' ! -name SOURCES.md | sort -V)
    if [ ${#files[@]} -eq 0 ]; then
        mapfile -t files < <(find "$CORPUS/$group" -maxdepth 1 -name '*.txt' | sort -V)
    fi
    i=0
    for f in "${files[@]}"; do
        if [ "$SAMPLE" = 1 ] && [ "$group" = un ] && [ $((i % 5)) -ne 0 ]; then i=$((i + 1)); continue; fi
        INPUTS+=("$group/$(basename "$f")")
        i=$((i + 1))
    done
done
echo "test documents: ${#INPUTS[@]} corpus texts from $CORPUS into $OUT" >&2

# pandoc's Markdown for a text: the .md as published (markdown-repairs.pl, written by the docx step: broken
# strong emphasis, bare footnote markers), or a plain text given one paragraph a line, its indentation kept: a
# line indented deeper than the text's usual indent (its most common one) becomes a block quote, which Word
# indents (pandoc's Block Text style; nested quotes get no deeper indent there, so one level is kept). Leading
# blanks, which Markdown reads as code, go.
markdown_of() {
    case "$1" in
        *.md) perl -CSD "$WORK/markdown-repairs.pl" < "$CORPUS/$1" ;;
        *) perl -CSD -ne 'next unless /\S/; s/\r?\n\z//; s/^(\s*)//; my $i = length(($1 =~ s/\t/    /gr));
                push @l, [$i, $_]; $n{$i}++;
                END { my ($usual) = sort { $n{$b} <=> $n{$a} || $a <=> $b } keys %n;
                      print(($_->[0] > $usual ? "> " : ""), $_->[1], "\n\n") for @l }' "$CORPUS/$1" ;;
    esac
}

if step docx; then
    if command -v pandoc > /dev/null 2>&1 && command -v python3 > /dev/null 2>&1; then
        start=$(date +%s)
        # The reference document: pandoc's own, with a header holding the SUBJECT field and a footer holding
        # the PAGE field (A4, 2.5 cm margins). The Lua filter sets each document's subject to its symbol, else
        # its title, so the header is the running head a published document has.
        pandoc -o "$WORK/pandoc-reference.docx" --print-default-data-file reference.docx
        python3 - "$WORK/pandoc-reference.docx" "$OUT/reference.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
def part(tag, field):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" {field} ">'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>-</w:t></w:r></w:fldSimple></w:p></w:{tag}>')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode('utf-8')
        if item.filename == 'word/_rels/document.xml.rels':
            data = data.replace('</Relationships>',
                f'<Relationship Type="{REL}header" Id="rIdDeclaroHead" Target="header1.xml"/>'
                f'<Relationship Type="{REL}footer" Id="rIdDeclaroFoot" Target="footer1.xml"/></Relationships>')
        elif item.filename == '[Content_Types].xml':
            data = data.replace('</Types>',
                f'<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
                f'<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/></Types>')
        elif item.filename == 'word/document.xml':
            if '<w:sectPr />' not in data:
                sys.exit('pandoc reference.docx: no empty <w:sectPr /> to replace')
            data = data.replace('<w:sectPr />',
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdDeclaroHead"/>'
                '<w:footerReference w:type="default" r:id="rIdDeclaroFoot"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr>')
        zout.writestr(item, data)
    zout.writestr('word/header1.xml', part('hdr', 'SUBJECT'))
    zout.writestr('word/footer1.xml', part('ftr', 'PAGE'))
PY
        # The front matter as the published document shows it: a statement prints its title on top, a resolution
        # prints its symbol in the running head and its title inside the text (no title paragraph of its own);
        # neither prints the front matter's date.
        cat > "$WORK/running-head.lua" <<'LUA'
function Meta(m)
  if m.subject == nil then m.subject = m.symbol or m.title end
  if m.symbol ~= nil then m.title = nil end
  m.date = nil
  return m
end
LUA
        cat > "$WORK/markdown-repairs.pl" <<'PERL'
# Repairs what a text extracted from a published document or a web page broke, so that pandoc reads the .md as
# it was published (the front matter and the footnote definitions are left as they are):
# - strong emphasis cut by the extraction: a run opened in one paragraph and closed at the start of the next
#   ("**Heading" / "**1. Text": the page's bold ran over its paragraph break) is closed where its paragraph ends;
#   a closing "**" alone on the line after the run is set at the end of that line, and its line, empty once the
#   markup is taken off, is left blank (a paragraph break, as the text shows it);
# - a footnote marker left as a bare number ("...the Secretary-General;5", "...its 1993 session; 1") is written
#   as a Markdown reference [^5], so that pandoc keeps the note (it drops a note nothing references) and Word gets
#   a real footnote where the published document has one. Only labels the file defines ([^n]: ...) and does not
#   reference otherwise are taken, in order (n only after n - 1), and only where a superscript stands: glued to a
#   lower-case letter or to punctuation (,.;:)"”’) but not to a symbol ("A.2", "DEC.3", "Rev.1") or a decimal, or
#   spaced after punctuation or a number; and only before a space, punctuation or the end of the paragraph
#   (never "3,5").
use strict;
use warnings;
use utf8;
local $/;
my $text = <STDIN>;
my $front = '';
if ($text =~ s/\A(---\n.*?\n(?:---|\.\.\.)\n)//s) {
    $front = $1;
}
my %defined;
$defined{$1} = 1 while $text =~ /^\[\^(\d{1,3})\]:/mg;
my @numbers = sort { $a <=> $b } keys %defined;
my %left = map { $_ => 1 } @numbers;
delete $left{$1} while $text =~ /\[\^(\d{1,3})\](?!:)/g; # a label the file references is no bare number
sub first_left { for (@numbers) { return $_ if $left{$_} } return undef }
sub strong_marks { my $n = () = $_[0] =~ /\*\*/g; return $n }

my @blocks = split /(\n[ \t]*\n)/, $text; # the blocks, and the blank lines between them
for (my $i = 0; $i < @blocks; $i += 2) {
    next if $blocks[$i] =~ /\A\s*\[\^[^\]\s]+\]:/;
    # a closing mark alone on its line: set at the end of the line before; its line, which the text shows empty
    # once the markup is taken off, ends the paragraph
    $blocks[$i] =~ s/^(\*\*(?:(?!\*\*).)*?)[ \t\x{a0}]*\n\*\*[ \t]*(?=\n|\z)/$1**\n/mg;
    # a run over a paragraph break: closed where its paragraph ends
    if ($i + 2 < @blocks && strong_marks($blocks[$i]) % 2 == 1 && $blocks[$i + 2] =~ /\A\*\*/
            && strong_marks($blocks[$i + 2]) % 2 == 1) {
        $blocks[$i] =~ s/[ \t\x{a0}]*(\s*)\z/**$1/;
        $blocks[$i + 2] =~ s/\A\*\*//;
    }
}
my @out;
for my $block (@blocks) {
    if ($block =~ /\A\s*\z/ || $block =~ /\A\s*\[\^[^\]\s]+\]:/) {
        push @out, $block;
        next;
    }
    my $b = '';
    pos($block) = 0;
    while (pos($block) < length $block) {
        if ($block =~ /\G\[\^([^\]\s]+)\](?!:)/gc) {
            delete $left{$1};
            $b .= "[^$1]";
        } elsif ($block =~ /\G(\d{1,3})(?!\d)/gc) {
            my ($n, $s, $e) = ($1, $-[1], $+[1]);
            my $next = first_left();
            if ($s > 0 && substr($block, $s - 1, 1) =~ /\d/) {
                $b .= $n;
            } elsif (defined $next && $n == $next && superscript($block, $s, $e)) {
                $b =~ s/\s+\z// if $b =~ /[,;:)"”’\d]\s+\z/;
                $b .= "[^$n]";
                delete $left{$n};
            } else {
                $b .= $n;
            }
        } else {
            $block =~ /\G(.)/gcs;
            $b .= $1;
        }
    }
    push @out, $b;
}
print $front, join('', @out);

sub superscript {
    my ($t, $s, $e) = @_;
    my $n = length $t;
    my $after = $e == $n || substr($t, $e, 1) =~ /[\s,.;:)]/;
    return 0 unless $after;
    return 0 if $e + 1 < $n && substr($t, $e, 1) !~ /\s/ && substr($t, $e + 1, 1) =~ /\d/;
    return 0 if $s == 0;
    my $p = substr($t, $s - 1, 1);
    if ($p eq '.') {
        my ($word) = substr($t, 0, $s - 1) =~ /(\S*)\z/;
        return 0 if $word =~ /[\d\/]|\p{Lu}\z/; # a decimal, a symbol ("A/80/L.2/Rev.1", "DEC.3", "A.2")
    }
    return 1 if $p =~ /[,.;:)"”’]/ || $p =~ /\p{Ll}/;
    if ($p =~ /\s/ && $s >= 2) {
        return substr($t, $s - 2, 1) =~ /[,;:)"”’\d]/ ? 1 : 0;
    }
    return 0;
}
PERL
        # Markdown as the text is written: no extension that rewrites it (smart quotes and dashes, TeX math and
        # commands, sub- and superscripts, citations), and each line break kept as a Word line break (w:br)
        FROM=markdown-smart-tex_math_dollars-raw_tex-subscript-superscript-citations+hard_line_breaks
        n=0
        for input in "${INPUTS[@]}"; do
            name="${input%.*}"
            mkdir -p "$OUT/docx/$(dirname "$input")"
            if markdown_of "$input" | pandoc -f "$FROM" -t docx --reference-doc "$OUT/reference.docx" \
                    --lua-filter "$WORK/running-head.lua" -o "$OUT/docx/$name.docx" 2> "$WORK/pandoc.err"; then
                n=$((n + 1))
            else
                echo "note: pandoc failed on $input: $(head -c 300 "$WORK/pandoc.err")" >&2
            fi
        done
        echo "docx: $n documents by pandoc in $(( $(date +%s) - start )) s" >&2
    else
        echo "note: pandoc (or python3) is not installed; no .docx test documents" >&2
    fi
fi

if step pdf; then
    SOFFICE="$(command -v soffice || command -v libreoffice || true)"
    if [ -n "$SOFFICE" ] && [ -d "$OUT/docx" ]; then
        LO_TIMEOUT=""
        if command -v timeout > /dev/null 2>&1; then LO_TIMEOUT="timeout 1200"; fi
        start=$(date +%s)
        n=0
        # one LibreOffice run a group (its start-up is most of the time of a small document); its own profile
        # folder, so that a desktop LibreOffice of the same user does not take the conversion over
        for group in web un udhr; do
            [ -d "$OUT/docx/$group" ] || continue
            mkdir -p "$OUT/pdf/$group"
            mapfile -t docs < <(find "$OUT/docx/$group" -name '*.docx' | sort -V)
            [ ${#docs[@]} -gt 0 ] || continue
            $LO_TIMEOUT "$SOFFICE" -env:UserInstallation="file://$WORK/lo-profile" --headless --norestore \
                --convert-to pdf:writer_pdf_Export --outdir "$OUT/pdf/$group" "${docs[@]}" \
                > "$WORK/soffice-$group.log" 2>&1 || echo "note: LibreOffice failed on $group (see $WORK/soffice-$group.log)" >&2
            n=$((n + $(find "$OUT/pdf/$group" -name '*.pdf' | wc -l)))
        done
        echo "pdf: $n documents by LibreOffice in $(( $(date +%s) - start )) s" >&2
    else
        echo "note: LibreOffice (soffice) is not installed or no .docx were made; no LibreOffice PDF test documents" >&2
    fi
fi

if step html; then
    CHROMIUM="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
    DECLARO="${DECLARO:-$ROOT/examples/target/declaro}"
    if [ -n "$CHROMIUM" ] && [ ! -x "$DECLARO" ] && command -v mvn > /dev/null 2>&1; then
        echo "building the declaro launcher for the html step" >&2
        (cd "$ROOT" && mvn -B -ntp -q -pl examples -am package -DskipTests -Djacoco.skip=true \
            -Dmaven.javadoc.skip=true > "$WORK/mvn-package.log" 2>&1) || echo "note: could not build declaro (see $WORK/mvn-package.log)" >&2
    fi
    if [ -n "$CHROMIUM" ] && [ -x "$DECLARO" ]; then
        # a browser that hangs on one document does not hold the others up
        TIMEOUT=""
        if command -v timeout > /dev/null 2>&1; then TIMEOUT="timeout 180"; fi
        start=$(date +%s)
        n=0
        for input in "${INPUTS[@]}"; do
            name="${input%.*}"
            mkdir -p "$OUT/html/$(dirname "$input")" "$OUT/html-pdf/$(dirname "$input")"
            # the import's own findings do not matter here (exit 1 = does not validate: rendered all the same)
            "$DECLARO" import --no-source --no-commitments "$CORPUS/$input" > "$WORK/doc.json" 2> /dev/null || true
            if [ -s "$WORK/doc.json" ] && "$DECLARO" render --to html "$WORK/doc.json" > "$OUT/html/$name.html" 2> "$WORK/render.err" \
                    && $TIMEOUT "$CHROMIUM" --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chromium-profile" \
                        --print-to-pdf="$OUT/html-pdf/$name.pdf" "file://$OUT/html/$name.html" > "$WORK/chromium.log" 2>&1 \
                    && [ -s "$OUT/html-pdf/$name.pdf" ]; then
                n=$((n + 1))
            else
                echo "note: no HTML-view PDF for $input" >&2
            fi
        done
        echo "html-pdf: $n documents by Chromium in $(( $(date +%s) - start )) s" >&2
    else
        echo "note: Chromium or the declaro launcher is missing; no HTML-view PDF test documents" >&2
    fi
fi
rm -rf "$WORK"
