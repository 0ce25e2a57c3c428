package org.declaro.importer;

import java.util.List;
import java.util.Locale;

/**
 * The words of the languages the importer reads without help, as it reads them: months, annex and article words,
 * how a preambular clause opens, the author's articles and pronoun, the adoption line. The six official languages
 * of the United Nations ship, and German, Italian, Portuguese and Swedish, for the statements of governments and
 * the treaty copies written in them. Data only: {@link LayoutProfile.Builder#language(String)} copies them into a
 * profile, and a user adds another language by giving the same lists to the builder. English is the builder's
 * default.
 */
public final class Languages {

    /**
     * The primary language subtags whose words ship: Arabic, Chinese, English, French, Russian, Spanish (the six UN
     * languages), German, Italian, Portuguese and Swedish.
     */
    public static final List<String> SHIPPED = List.of("ar", "de", "en", "es", "fr", "it", "pt", "ru", "sv", "zh");

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
            case "de" -> german(b);
            case "sv" -> swedish(b);
            case "pt" -> portuguese(b);
            case "it" -> italian(b);
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
                .closingFormulas("En fe de lo cual", "En testimonio de lo cual")
                .dateLinks("de", "del");
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
                .closingFormulas("В удостоверение чего", "В засвидетельствование чего")
                .yearWords("года", "г.");
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

    /**
     * The words of German. Preambular clauses open in lower case in the German versions of resolutions ("unter
     * Hinweis auf", "in Bekräftigung"), and a statement's in upper case ("In der Erwägung", "Eingedenk").
     */
    private static void german(LayoutProfile.Builder b) {
        b.months("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                        "November", "Dezember")
                .annexWords("Anlage", "Anlagen", "Anhang", "Anhänge").whereasWords("In der Erwägung", "In Erwägung")
                .preambleHeadings("Präambel").introductionHeadings("Einleitung", "Präambel", "Hintergrund", "Überblick")
                .divisionWords("Artikel", "Abschnitt", "Teil", "Kapitel", "Titel")
                .articleWords("Artikel").firstOrdinals("erster")
                .authorArticles("Die", "Der", "Das").authorPronouns("Wir")
                .adoptionVerbs("angenommen", "verabschiedet", "beschlossen", "geschehen", "unterzeichnet", "abgegeben")
                .placeWords("in", "zu").dateWords("am", "den").plenaryWords("Plenarsitzung")
                .clauseWords("In der Erwägung", "In Erwägung", "Eingedenk", "In Anbetracht", "Angesichts", "Im Bewusstsein",
                        "In dem Bewusstsein", "In der Überzeugung", "Unter Hinweis auf", "In Bekräftigung", "In Anerkennung",
                        "Im Hinblick auf", "Mit Besorgnis", "Mit Genugtuung", "Besorgt", "Zutiefst besorgt", "Überzeugt",
                        "Erfreut", "Entschlossen", "Ausgehend von")
                .participleEndings("end")
                .adverbEndings("lich")
                .nonClauseWords("Während", "Entsprechend", "Abschließend", "Zusammenfassend", "Abend", "Jugend", "Tugend",
                        "Gegend", "Elend", "Folgend", "Bedeutend", "Dringend")
                .lowerCaseClauses(true)
                .reportWords("Bericht", "Empfehlungen", "Protokoll der Sitzung", "Niederschrift", "Vermerk", "Studie",
                        "Hintergrundpapier", "Faktenblatt")
                .adoptingVerbs("Verabschiedet", "verabschiedet", "Nimmt", "nimmt", "Billigt", "billigt", "Verkündet",
                        "verkündet", "Proklamiert", "proklamiert")
                .closingFormulas("Zu Urkund dessen", "Zur Beglaubigung dessen");
    }

    /** The words of Swedish. */
    private static void swedish(LayoutProfile.Builder b) {
        b.months("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                        "november", "december")
                .annexWords("Bilaga", "Bilagor").whereasWords("Enär", "Eftersom", "Med beaktande av")
                .preambleHeadings("Ingress", "Preambel").introductionHeadings("Inledning", "Ingress", "Bakgrund", "Översikt")
                .divisionWords("Artikel", "Avsnitt", "Del", "Kapitel", "Avdelning")
                .articleWords("Artikel").firstOrdinals("första")
                .authorArticles("Den", "Det", "De").authorPronouns("Vi")
                .adoptionVerbs("antagen", "antaget", "antagna", "antogs", "upprättad", "upprättat", "upprättades",
                        "undertecknad", "undertecknat", "undertecknades", "utfärdad", "utfärdat")
                .placeWords("i", "på").dateWords("den").plenaryWords("plenarsammanträdet", "plenarmötet")
                .clauseWords("Enär", "Eftersom", "Med beaktande av", "Med hänvisning till", "Medveten om", "Medvetna om",
                        "Övertygad om", "Övertygade om", "Djupt oroad", "Djupt oroade", "Oroad", "Oroade", "Fast beslutna",
                        "I medvetande om", "Som erinrar om")
                .participleEndings("ande", "ende")
                .adverbEndings("ligt")
                .nonClauseWords("Följande", "Beträffande", "Angående", "Rörande", "Gällande", "Kommande", "Motsvarande",
                        "Nuvarande", "Övergripande", "Vederbörande", "Beroende", "Studerande", "Inledande", "Avslutande",
                        "Ande")
                .reportWords("Rapport", "Rekommendationer", "Promemoria", "Betänkande", "Studie", "Faktablad",
                        "Bakgrundsdokument")
                .adoptingVerbs("Antar", "Godkänner", "Ställer sig bakom", "Tillkännager", "Proklamerar",
                        "Proklamerar högtidligen")
                .closingFormulas("Till bekräftelse härav", "Till bekräftelse av detta");
    }

    /** The words of Portuguese. */
    private static void portuguese(LayoutProfile.Builder b) {
        b.months("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                        "novembro", "dezembro")
                .annexWords("Anexo", "Anexos").whereasWords("Considerando")
                .preambleHeadings("Preâmbulo").introductionHeadings("Introdução", "Preâmbulo", "Contexto")
                .divisionWords("Artigo", "Secção", "Seção", "Parte", "Capítulo", "Título")
                .articleWords("Artigo").firstOrdinals("primeiro", "1.º", "1º", "1o")
                .authorArticles("O", "A", "Os", "As").authorPronouns("Nós")
                .adoptionVerbs("adotada", "adotado", "aprovada", "aprovado", "feito", "feita", "assinado", "assinada")
                .placeWords("em").dateWords("em", "a").plenaryWords("sessão plenária")
                .clauseWords("Consciente", "Conscientes", "Considerando", "Tendo em conta", "Tendo presente", "Visto")
                .participleEndings("ando", "endo", "indo", "ada", "adas", "ado", "ados", "ida", "idas", "ido", "idos")
                .adverbEndings("mente")
                .nonClauseWords("Estado", "Estados", "Unidos", "Unidas", "Tratado", "Mercado", "Senado", "Quando", "Partido",
                        "Lado", "Todo", "Todos", "Nada", "Vida", "Medida", "Medidas", "Cada", "Sentido", "Conteúdo",
                        "Comando", "Agenda", "Década")
                .reportWords("Relatório", "Recomendações", "Ata", "Nota do", "Estudo")
                .adoptingVerbs("Adota", "Aprova", "Faz sua", "Proclama", "Proclama solenemente")
                .closingFormulas("Em fé do que", "Em testemunho do que")
                .dateLinks("de");
    }

    /** The words of Italian. */
    private static void italian(LayoutProfile.Builder b) {
        b.months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                        "novembre", "dicembre")
                .annexWords("Allegato", "Allegati").whereasWords("Considerando")
                .preambleHeadings("Preambolo").introductionHeadings("Introduzione", "Preambolo", "Contesto")
                .divisionWords("Articolo", "Sezione", "Parte", "Capitolo", "Titolo")
                .articleWords("Articolo").firstOrdinals("primo")
                .authorArticles("L'", "L’", "Il", "Lo", "La", "I", "Gli", "Le").authorPronouns("Noi")
                .adoptionVerbs("adottata", "adottato", "approvata", "approvato", "fatto", "fatta", "firmato", "firmata")
                .placeWords("a", "in").dateWords("il").plenaryWords("seduta plenaria")
                .clauseWords("Consapevole", "Consapevoli", "Considerando", "Tenuto conto", "Tenendo presente", "Visto",
                        "Vista", "Visti", "Preoccupata", "Preoccupato", "Preoccupati", "Convinta", "Convinto", "Convinti",
                        "Determinati", "Decisi")
                .participleEndings("ando", "endo")
                .adverbEndings("mente")
                .nonClauseWords("Quando", "Comando", "Secondo")
                .reportWords("Relazione", "Rapporto", "Raccomandazioni", "Verbale", "Nota del", "Studio")
                .adoptingVerbs("Adotta", "Approva", "Fa propria", "Proclama", "Proclama solennemente")
                .closingFormulas("In fede di che", "In fede di ciò");
    }
}
