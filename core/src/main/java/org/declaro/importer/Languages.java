package org.declaro.importer;

import java.util.List;
import java.util.Locale;

/**
 * The words of the six official languages of the United Nations, as the importer reads them: months, annex and
 * article words, how a preambular clause opens, the author's articles and pronoun, the adoption line. Data
 * only: {@link LayoutProfile.Builder#language(String)} copies them into a profile, and a user adds another
 * language by giving the same lists to the builder. English is the builder's default.
 */
public final class Languages {

    /** The primary language subtags whose words ship: Arabic, Chinese, English, French, Russian, Spanish. */
    public static final List<String> SHIPPED = List.of("ar", "en", "es", "fr", "ru", "zh");

    private Languages() {
    }

    /** @return the primary language subtag of a BCP 47 tag, in lower case: "fr" of "fr-CA" */
    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Copies the words of the language of {@code tag} into the builder; a language not shipped changes nothing. */
    static void apply(LayoutProfile.Builder b, String tag) {
        String primary = primary(tag);
        switch (primary) {
            case "fr" -> french(b);
            case "es" -> spanish(b);
            case "ru" -> russian(b);
            case "ar" -> arabic(b);
            case "zh" -> chinese(b);
            default -> {
                // English is the builder's default; any other language keeps the words it was given
            }
        }
    }

    /** The words of French. */
    private static void french(LayoutProfile.Builder b) {
        b.months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre")
                .annexWords("Annexe", "Annexes").whereasWords("Considérant", "Attendu que")
                .preambleHeadings("Préambule").divisionWords("Article", "Section", "Partie", "Chapitre", "Titre")
                .articleWords("Article").firstOrdinals("premier", "1er")
                .authorArticles("L'", "L’", "Le", "La", "Les").authorPronouns("Nous")
                .adoptionVerbs("adoptée", "adopté", "fait", "faite", "signé", "signée").placeWords("à", "en")
                .dateWords("le").plenaryWords("séance plénière")
                .clauseWords("Consciente", "Conscient", "Conscientes", "Conscients", "Considérant", "Attendu que",
                        "Vu", "Ayant", "Sachant")
                .participleEndings("ant", "ée", "ées", "é", "és")
                .adverbEndings("ment")
                .nonClauseWords("Comité", "Société", "Sécurité", "Liberté", "Unité", "Communauté", "Pendant",
                        "Avant", "Durant", "Maintenant", "Cependant", "Autant", "Tant", "Quant")
                .reportWords("Rapport", "Recommandations", "Compte rendu", "Procès-verbal", "Note du", "Étude")
                .adoptingVerbs("Adopte", "Approuve", "Fait sienne", "Proclame", "Proclame solennellement")
                .closingFormulas("En foi de quoi");
    }

    /** The words of Spanish. */
    private static void spanish(LayoutProfile.Builder b) {
        b.months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                        "octubre", "noviembre", "diciembre")
                .annexWords("Anexo", "Anexos").whereasWords("Considerando")
                .preambleHeadings("Preámbulo").divisionWords("Artículo", "Sección", "Parte", "Capítulo", "Título")
                .articleWords("Artículo", "Articulo").firstOrdinals("primero", "1o", "1º")
                .authorArticles("El", "La", "Los", "Las").authorPronouns("Nosotros", "Nosotras")
                .adoptionVerbs("aprobada", "aprobado", "adoptada", "adoptado", "hecho", "hecha", "firmado", "firmada")
                .placeWords("en").dateWords("el").plenaryWords("sesión plenaria")
                .clauseWords("Consciente", "Conscientes", "Considerando", "Teniendo presente", "Visto")
                .participleEndings("ando", "iendo", "endo", "ada", "adas", "ado", "ados", "ida", "idas", "ido", "idos")
                .adverbEndings("mente")
                .nonClauseWords("Estado", "Estados", "Unidos", "Unidas", "Tratado", "Mercado", "Senado", "Cuando",
                        "Partido", "Mando", "Grado", "Lado", "Todo", "Todos", "Nada", "Vida", "Medida", "Medidas")
                .reportWords("Informe", "Recomendaciones", "Acta", "Nota del", "Estudio")
                .adoptingVerbs("Aprueba", "Adopta", "Hace suya", "Proclama", "Proclama solemnemente")
                .closingFormulas("En fe de lo cual", "En testimonio de lo cual");
    }

    /** The words of Russian. */
    private static void russian(LayoutProfile.Builder b) {
        b.months("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                        "октября", "ноября", "декабря")
                .annexWords("Приложение").whereasWords("Принимая во внимание")
                .preambleHeadings("Преамбула").divisionWords("Статья", "Раздел", "Часть", "Глава")
                .articleWords("Статья").firstOrdinals("первая")
                .authorPronouns("Мы").adoptionVerbs("принята", "принято", "совершено", "подписано")
                .placeWords("в").plenaryWords("пленарное заседание")
                .clauseWords("Принимая во внимание", "Учитывая", "Будучи", "Ссылаясь", "Сознавая")
                .participleEndings("я", "ясь", "ав", "ив")
                .adverbEndings("о")
                .nonClauseWords("Генеральная", "Организация", "Всеобщая", "Настоящая", "Каждая", "Статья")
                .lowerCaseClauses(true)
                .reportWords("Доклад", "Рекомендации", "Отчет")
                .adoptingVerbs("принимает", "утверждает", "одобряет", "провозглашает")
                .closingFormulas("В удостоверение чего", "В засвидетельствование чего");
    }

    /** The words of Arabic. */
    private static void arabic(LayoutProfile.Builder b) {
        b.months("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر",
                        "نوفمبر", "ديسمبر")
                .annexWords("المرفق", "مرفق").whereasWords("لما كان", "ولما كان")
                .preambleHeadings("الديباجة").divisionWords("المادة", "الجزء", "الفصل")
                .articleWords("المادة").firstOrdinals("الأولى", "1")
                .authorPronouns("نحن").adoptionVerbs("اعتمد", "اعتمدت").placeWords("في").dateWords("في")
                .plenaryWords("الجلسة العامة")
                .clauseWords("إذ", "وإذ", "لما كان", "ولما كان", "وحيث", "حيث")
                .participleEndings().adverbEndings()
                .reportWords("تقرير", "توصيات")
                .adoptingVerbs("تعتمد", "تقر", "تؤيد", "تعلن")
                .closingFormulas("وإثباتا لذلك", "وإثباتًا لذلك");
    }

    /** The words of Chinese. */
    private static void chinese(LayoutProfile.Builder b) {
        b.months("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
                .annexWords("附件").whereasWords("鉴于")
                .preambleHeadings("序言").divisionWords("第")
                .articleWords("第").firstOrdinals("一")
                .authorPronouns("我们").adoptionVerbs("通过").placeWords("于").dateWords("于")
                .plenaryWords("全体会议")
                .clauseWords("鉴于", "回顾", "注意到", "认识到", "确认", "重申", "深信", "考虑到", "欢迎", "关切", "意识到",
                        "铭记", "强调", "承认", "表示")
                .participleEndings().adverbEndings()
                .reportWords("报告", "建议")
                .adoptingVerbs("通过", "核可", "赞同", "宣布")
                .closingFormulas("下列签署人", "为此");
    }
}
