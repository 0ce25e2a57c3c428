package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * The opening of the Universal Declaration in the three UN languages of other scripts, as plain text: a
 * preamble of clauses in the language's own openings, the proclamation, and articles numbered in the language's
 * way. Each is read with its language detected, its clauses apart, and its articles numbered.
 */
class SixLanguagesTest {

    private static Declaration read(String text) {
        ImportResult r = TextImporter.standard().importText(text);
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings()::toString);
        return (Declaration) r.document().orElseThrow();
    }

    private static List<Integer> numbers(Declaration d) {
        return d.paragraphs().stream().map(Paragraph::number).toList();
    }

    @Test
    void chineseClausesEndInFullWidthCommasAndArticlesAreNumberedInChineseNumerals() {
        Declaration d = read("""
                世界人权宣言

                序言

                鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认，乃是世界自由、正义与和平的基础，

                鉴于对人权的无视和侮蔑已发展为野蛮暴行，这些暴行玷污了人类的良心，

                大会

                发布这一世界人权宣言，作为所有人民和所有国家努力实现的共同标准。

                第一条

                人人生而自由，在尊严和权利上一律平等。

                第二条

                人人有资格享有本宣言所载的一切权利和自由。
                """);
        assertEquals("zh", d.language());
        assertEquals("世界人权宣言", d.title());
        assertEquals(List.of(1, 2), numbers(d));
        assertTrue(d.preamble().size() >= 2 && d.preamble().get(0).text().startsWith("鉴于对人类家庭"), d.preamble()::toString);
        assertTrue(d.preamble().get(1).text().startsWith("鉴于对人权"), d.preamble()::toString);
    }

    @Test
    void russianClausesOpenInLowerCaseAndStayApart() {
        Declaration d = read("""
                Всеобщая декларация прав человека

                Преамбула

                Принимая во внимание, что признание достоинства, присущего всем членам человеческой семьи, является основой свободы,

                принимая во внимание, что пренебрежение и презрение к правам человека привели к варварским актам,

                принимая во внимание, что необходимо, чтобы права человека охранялись властью закона,

                Статья 1

                Все люди рождаются свободными и равными в своем достоинстве и правах.

                Статья 2

                Каждый человек должен обладать всеми правами и всеми свободами, провозглашенными настоящей Декларацией.
                """);
        assertEquals("ru", d.language());
        assertEquals(3, d.preamble().size(), d.preamble()::toString);
        assertTrue(d.preamble().get(1).text().startsWith("принимая во внимание, что пренебрежение"));
        assertEquals(List.of(1, 2), numbers(d));
    }

    @Test
    void arabicArticlesAndWhereasClausesAreRead() {
        Declaration d = read("""
                الإعلان العالمي لحقوق الإنسان

                الديباجة

                لما كان الاعتراف بالكرامة المتأصلة في جميع أعضاء الأسرة البشرية وبحقوقهم المتساوية الثابتة هو أساس الحرية والعدل والسلام في العالم،

                ولما كان تناسي حقوق الإنسان وازدراؤها قد أفضيا إلى أعمال همجية آذت الضمير الإنساني،

                المادة 1

                يولد جميع الناس أحراراً متساوين في الكرامة والحقوق.

                المادة 2

                لكل إنسان حق التمتع بكافة الحقوق والحريات الواردة في هذا الإعلان.
                """);
        assertEquals("ar", d.language());
        assertEquals(2, d.preamble().size(), d.preamble()::toString);
        assertEquals(List.of(1, 2), numbers(d));
    }
}
