package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.declaro.commitments.CommitmentCues.Words;
import org.declaro.model.Modality;

/**
 * The cue sets that come with Declaro, following COMMITMENTS.md. English is the extractor's behaviour since its first
 * version, word for word. French and Spanish carry the same cues over: the authors' own first-person units ("nous nous
 * engageons à", "nos comprometemos a"), reaffirmations of an undertaking only ("réaffirmons notre engagement", not a
 * bare "réaffirmons que", which COMMITMENTS.md counts as an acknowledgement), the first-person future ("nous
 * renforcerons", "nous allons", "fortaleceremos"), and the operative verbs of resolutions with their addressee and the
 * verb it is asked to do ("Prie le Secrétaire général de présenter", "Insta a los Estados a que adopten"). German
 * and Swedish follow them ("wir verpflichten uns", "wir bekräftigen unser Engagement", "wir werden", "fordert X auf,";
 * "vi åtar oss att", "vi bekräftar vårt åtagande", "vi kommer att", "vi ska", "uppmanar X att").
 */
final class StandardCues {

    private StandardCues() {
    }

    static final CommitmentCues ENGLISH = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "reaffirm|reaffirms|reaffirming|reaffirmed|renew|renews|renewing|renewed|reiterate|reiterates"
                    + "|reiterating|reiterated our|its|their|the {2-} commitment|commitments|dedication|dedications|determination"
                    + "|determinations|will|wills|resolve|resolves|pledge|pledges",
                    // the authors stressing an undertaking they have: "underline their commitment to"
                    "underline|underlines|underlined|underscore|underscores|underscored our|its|their {2-}"
                    + " commitment|commitments|determination")
            .cue(Modality.COMMIT, "commit|commits|undertake|undertakes|resolve [ourselves|themselves] to",
                    "are|remain|stand|is|remains {2} committed|determined|resolved to",
                    "share a {1} commitment to",
                    // stating an undertaking: "affirm their commitment to", "express our commitment to"
                    "affirm|affirms|affirmed|express|expresses|expressed our|its|their {2-} commitment|commitments|determination",
                    "stand|stands|stood united|together|firm in our|their {2-} commitment|determination to")
            .cue(Modality.PLEDGE, "pledge|pledges to")
            .cue(Modality.ASPIRE, "aspire|aspires|aim|aims|seek|seeks to", "strive|strives for")
            .cue(Modality.WILL, "intend|intends|plan to",
                    // an impersonal future whose agent can only be the authors: "Further efforts will be made to"
                    "further|additional|greater|renewed|concerted|continued|every effort|efforts|step|steps will|shall be"
                            + " made|taken|undertaken|pursued|intensified to",
                    "efforts|steps will|shall be made|taken|undertaken|pursued|intensified to")
            // the authors' reported decision: "The two sides agreed to", not "the parties to the conflict agreed to"
            .authorsCue(Modality.DECIDE, "agree|agrees|agreed to")
            // an appeal with no addressee, in a body's operative paragraph: "Calls for", "Demands that", "Encourages the"
            .unaddressed("call|calls|appeal|appeals for", "demand|demands", "urge|urges", "encourage|encourages",
                    "recommend|recommends|request|requests that")
            .cue(Modality.DECIDE, "decide|decides to|that")
            .cue(Modality.APPEAL, "call|calls upon|on", "appeal|appeals to", "urge|urges", "encourage|encourages",
                    "invite|invites", "request|requests", "ask|asks")
            .words(Words.NOT_ADDRESSEE, "for", "on", "in", "with", "that", "upon")
            .words(Words.ADDRESSEE_MARKER, "to")
            .words(Words.NOT_AFTER_MARKER, "the", "this", "that", "its", "their")
            .words(Words.DECIDE_OPENER, "decide", "decides", "resolve", "resolves")
            .words(Words.OPENER_ADVERB, "also", "further", "again")
            .words(Words.FUTURE, "will", "shall")
            .words(Words.FIRST_PERSON, "we")
            .words(Words.POSSESSIVE, "our")
            .words(Words.SUBJECT_ADVERB, "therefore", "further", "also", "thus", "hereby", "jointly", "collectively", "all",
                    "each", "now", "again", "*ly")
            .words(Words.NAMED_DETERMINER, "All", "Each", "The", "Participating", "Affected")
            .words(Words.NAMED_HEAD, "State", "States", "Parties", "Party", "Leaders", "Members", "Governments", "Ministers")
            .words(Words.NAMED_SUFFIX, "Party", "Parties")
            .words(Words.DESIGNATION_DETERMINER, "the", "the two", "the three", "the four", "both", "both our", "each", "our two",
                    "our three")
            .words(Words.DESIGNATION_NOUN, "sides", "side", "countries", "country", "delegations", "delegation", "leaders",
                    "ministers", "governments", "government", "presidents", "nations", "partners", "participants", "parties",
                    "party")
            .words(Words.THIRD_PERSON, "they")
            .words(Words.NAME_LINK, "of", "of the")
            .words(Words.NAME_DETERMINER, "the")
            .words(Words.AND, "and")
            .words(Words.OR, "or")
            .words(Words.RELATIVE, "which", "who")
            .words(Words.COMMA_RELATIVE, "that")
            .words(Words.INFINITIVE_MARKER, "to")
            // a determiner or possessive right before a cue makes its word a noun: "the resolve to strive", "our plan to"
            // ("Reiterates its call upon X to" is still the body's appeal)
            .words(Words.NOT_BEFORE_CUE, "the", "a", "an", "this", "these", "their", "our", "his", "her")
            .words(Words.CONTINUING, "continue to", "continues to", "convened to", "convene to", "met to", "meet to",
                    "gathered to", "gather to", "come together to", "came together to")
            .words(Words.ASIDE, "upon", "as", "in", "through", "within", "at", "where", "when", "including", "inter alia",
                    "to this end", "for this purpose")
            .words(Words.DEADLINE, "by", "before", "until", "no later than")
            .words(Words.MONTH, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December")
            .words(Words.ITEM_MARKER, "to")
            .words(Words.ITEM_CLAUSE, "that")
            .words(Words.ITEM_SUBJECT, "we", "they", "it", "he", "she")
            .words(Words.ITEM_ADVERB, "further", "also", "jointly", "*ly")
            .words(Words.NOT_VERB, "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her",
                    "all", "each", "every", "any", "some", "such", "other", "no", "by", "through", "in", "on", "at", "for",
                    "from", "of", "with", "within", "without", "under", "over", "between", "among", "into", "as", "via",
                    "including", "and", "or", "but", "nor", "if", "where", "when", "while", "whether", "which", "who",
                    "whose", "not", "both", "either", "neither", "more", "most", "new", "also", "ensuring", "i", "ii", "iii",
                    "iv", "v")
            .words(Words.VERB, "implement", "complement", "supplement", "document", "enable", "disable", "embed")
            .words(Words.NOT_VERB_ENDING, "ing", "tion", "sion", "ment", "ness", "ity", "ship", "ism", "ic", "ous", "ful",
                    "tive", "sive", "able", "ible", "al", "ed", "s")
            .words(Words.VERB_ENDING, "eal", "eed", "ss", "us")
            .verbByDefault(true)
            // the trigger words of the first version: a sentence whose only reaffirmation is "reiterating ..." (no
            // "reaffirm", "renew" or "reiterate" in it) is not tried for one; kept so that English behaves as it did
            .triggers(Modality.REAFFIRM, "reaffirm", "renew", "reiterate", "underline", "underscore")
            .build();

    /** Adverbs that may follow a French operative verb ("Prie <u>instamment</u>", "Décide <u>en outre</u> de"). */
    private static final String[] FRENCH_ADVERBS = {"*ment", "également", "aussi", "encore", "en outre", "de nouveau",
        "à nouveau", "par ailleurs", "enfin", "ensemble", "notamment", "en particulier", "une fois de plus", "donc", "ainsi"};

    static final CommitmentCues FRENCH = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "réaffirmons|réaffirme|réaffirment|réaffirmant|renouvelons|renouvelle|renouvellent"
                    + "|renouvelant|réitérons|réitère|réitèrent|réitérant ~ notre|nos|son|ses|sa|leur|leurs|le|la|l' {2-}"
                    + " engagement|engagements|détermination|volonté|attachement|dévouement|résolution|promesse")
            .cue(Modality.COMMIT, "nous engageons ~ à|en_faveur_de|en_faveur_du|en_faveur_des|en_faveur_d'",
                    "s'engage|s'engagent ~ à|en_faveur_de|en_faveur_du|en_faveur_des|en_faveur_d'",
                    "prenons|prend|prennent l'engagement de|d'",
                    "sommes|restons|demeurons|est|sont|reste|restent|demeure|demeurent {2}"
                            + " résolu|résolue|résolus|résolues|déterminé|déterminée|déterminés|déterminées|engagé|engagée"
                            + "|engagés|engagées|attaché|attachée|attachés|attachées à")
            .cue(Modality.PLEDGE, "promettons|promet|promettent ~ de|d'")
            .cue(Modality.ASPIRE, "aspirons|aspire|aspirent|visons|vise|visent|cherchons|cherche|cherchent ~ à")
            .cue(Modality.WILL, "avons|a|ont l'intention de|d'", "prévoyons|envisageons ~ de|d'", "entendons *er|*ir|*re")
            .cue(Modality.DECIDE, "décidons|décide|décident ~ de|d'|que|qu'")
            .authorsCue(Modality.DECIDE, "sont convenus|convenues de|d'", "ont convenu|conviennent|convenons de|d'")
            .unaddressed("demande|demandent|exige|exigent|encourage|encouragent|exhorte|exhortent|engage|engagent",
                    "recommande|recommandent que|qu'", "appelle|appellent à")
            .cue(Modality.APPEAL, "prie|prient|prions ~", "demande|demandent|demandons ~ à|au|aux", "engage ~",
                    "invite|invitent|invitons ~", "exhorte|exhortent|exhortons ~", "encourage|encouragent|encourageons ~",
                    "appelle|appellent|appelons ~")
            .words(Words.AFTER_VERB, FRENCH_ADVERBS)
            .words(Words.NOT_ADDRESSEE, "à", "au", "aux", "de", "d'", "du", "que", "qu'", "pour", "sur", "en", "dans", "avec",
                    "par", "contre", "*ment", "également", "aussi", "encore", "ainsi", "notamment")
            .words(Words.ADDRESSEE_MARKER, "à", "de", "d'")
            .words(Words.NOT_AFTER_MARKER, "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "notre",
                    "nos", "votre", "vos", "chaque", "tous", "toutes")
            .words(Words.CLITIC, "le", "la", "les", "l'", "lui", "leur", "se", "s'", "y", "en", "nous", "vous")
            .words(Words.DECIDE_OPENER, "décide", "décident", "décidons")
            .words(Words.FUTURE, "allons", "irons", "aurons", "saurons", "conclurons", "inclurons", "exclurons", "vaincrons",
                    "convaincrons", "*erons", "*irons", "*rrons", "*drons", "*ttrons", "*ivrons", "*evrons", "*aîtrons",
                    "*aitrons")
            .words(Words.NOT_FUTURE, "aspirons", "désirons", "tirons", "retirons", "attirons", "inspirons", "admirons",
                    "respirons", "expirons", "soupirons", "virons", "chavirons", "déchirons", "serrons", "resserrons",
                    "desserrons", "enterrons", "encadrons", "cadrons")
            .words(Words.FIRST_PERSON, "nous")
            .words(Words.POSSESSIVE, "notre", "nos")
            .words(Words.REFLEXIVE, "nous")
            .words(Words.SUBJECT_ADVERB, "*ment", "aussi", "donc", "ainsi", "également", "ensemble", "enfin", "en outre",
                    "de plus", "tous", "toutes", "par conséquent")
            .words(Words.NAMED_DETERMINER, "Les", "Tous les", "Toutes les", "Chaque", "Les deux", "Les trois")
            .words(Words.NAMED_HEAD, "États", "Parties", "parties", "Ministres", "ministres", "Dirigeants", "dirigeants",
                    "Membres", "Gouvernements", "gouvernements", "pays")
            .words(Words.NAMED_SUFFIX, "parties", "participants", "membres", "contractantes")
            .words(Words.DESIGNATION_DETERMINER, "les", "les deux", "les trois", "chaque", "nos deux", "nos trois")
            .words(Words.DESIGNATION_NOUN, "parties", "partie", "pays", "délégations", "délégation", "dirigeants", "ministres",
                    "gouvernements", "gouvernement", "présidents", "partenaires")
            .words(Words.THIRD_PERSON, "ils", "elles")
            .words(Words.THIRD_PERSON_REFLEXIVE, "se", "s'")
            .words(Words.THIRD_PERSON_FUTURE, "*ront")
            .words(Words.NAME_LINK, "de", "du", "de la", "des")
            .words(Words.NAME_DETERMINER, "le", "la", "les")
            .words(Words.AND, "et")
            .words(Words.OR, "ou")
            .words(Words.RELATIVE, "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels")
            .words(Words.COMMA_RELATIVE, "que", "qu'")
            .words(Words.NOT_BEFORE_CUE, "s'", "se")
            .words(Words.ASIDE, "lors de", "à", "en", "dans", "par", "au", "aux", "comme", "notamment", "y compris",
                    "entre autres", "à cette fin", "à cet égard", "selon", "conformément à")
            .words(Words.DEADLINE, "d'ici", "avant", "au plus tard", "jusqu'en", "jusqu'à")
            .words(Words.MONTH, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre")
            .words(Words.ITEM_MARKER, "de", "d'", "à")
            .words(Words.ITEM_CLAUSE, "que", "qu'")
            .words(Words.ITEM_SUBJECT, "nous", "ils", "elles", "il", "elle", "on")
            .words(Words.ITEM_ADVERB, "*ment", "également", "aussi", "ensemble", "encore")
            .words(Words.NOT_VERB, "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette",
                    "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "tout", "tous", "toute", "toutes", "chaque",
                    "aucun", "aucune", "autre", "autres", "par", "pour", "en", "dans", "sur", "sous", "avec", "sans", "entre",
                    "parmi", "vers", "contre", "selon", "pendant", "depuis", "et", "ou", "mais", "ni", "si", "lorsque",
                    "quand", "où", "dont", "qui", "ne", "pas", "plus", "très", "i", "ii", "iii", "iv", "v",
                    // nouns and adjectives with a verb's ending
                    "premier", "première", "dernier", "entier", "dossier", "avenir", "cadre", "ordre", "membre", "nombre",
                    "centre", "ministre", "titre", "lettre", "libre", "propre", "manière", "matière", "mesure", "nature",
                    "structure", "procédure", "culture", "agriculture", "infrastructure", "frontière", "secrétaire",
                    "territoire", "histoire", "mémoire", "partenaire", "humanitaire", "nécessaire", "œuvre")
            .words(Words.VERB_ENDING, "er", "ir", "re", "ettre", "attre", "aître", "aitre", "être", "clure", "faire", "roire")
            .words(Words.NOT_VERB_ENDING, "ère", "ure", "aire", "oire", "tre", "bre", "uvre", "adre", "ordre")
            .words(Words.VERB, "boire")
            .build();

    /** Adverbs that may follow a Spanish operative verb ("Insta <u>encarecidamente</u> a", "Decide <u>además</u>"). */
    private static final String[] SPANISH_ADVERBS = {"*mente", "también", "además", "asimismo", "una vez más", "de nuevo",
        "en particular", "en especial", "por ello", "por tanto"};

    /** Endings of Spanish infinitives, with their enclitic pronouns: "convocar", "comprometerse", "presentarlo". */
    private static String[] spanishInfinitives() {
        List<String> out = new ArrayList<>(List.of("ar", "er", "ir", "ír"));
        for (String v : List.of("ar", "er", "ir")) {
            for (String clitic : List.of("se", "lo", "la", "los", "las", "le", "les", "nos")) {
                out.add(v + clitic);
            }
        }
        return out.toArray(String[]::new);
    }

    static final CommitmentCues SPANISH = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "reafirmamos|reafirma|reafirman|reafirmando|renovamos|renueva|renuevan|renovando"
                    + "|reiteramos|reitera|reiteran|reiterando ~ nuestro|nuestra|nuestros|nuestras|su|sus|el|la {2-}"
                    + " compromiso|compromisos|determinación|voluntad|dedicación|empeño|adhesión|decisión|promesa")
            .cue(Modality.COMMIT, "nos comprometemos ~ a|con", "se compromete|comprometen ~ a|con",
                    "asumimos|asume|asumen el compromiso de",
                    "estamos|seguimos|permanecemos|está|están|sigue|siguen|permanece|permanecen {2}"
                            + " comprometido|comprometida|comprometidos|comprometidas|decidido|decidida|decididos|decididas"
                            + "|resuelto|resuelta|resueltos|resueltas|determinado|determinada|determinados|determinadas a|con")
            .cue(Modality.PLEDGE, "prometemos ~ *ar|*er|*ir")
            .cue(Modality.ASPIRE, "aspiramos|aspira|aspiran ~ a", "procuramos|procura|procuran|buscamos|busca|buscan ~ *ar|*er|*ir")
            .cue(Modality.WILL, "tenemos|tiene|tienen la intención de", "nos proponemos ~ *ar|*er|*ir",
                    "tenemos previsto *ar|*er|*ir", "pretendemos *ar|*er|*ir")
            .cue(Modality.DECIDE, "decidimos|decide|deciden ~ que|*ar|*er|*ir|*arse|*erse|*irse")
            .authorsCue(Modality.DECIDE, "acordaron|acuerdan|acordamos *ar|*er|*ir|*arse|*erse|*irse",
                    "han|hemos acordado *ar|*er|*ir|*arse|*erse|*irse", "convinieron|convienen|convenimos en")
            .unaddressed("pide|piden|exige|exigen|insta|instan|alienta|alientan|exhorta|exhortan", "recomienda|recomiendan que",
                    "hace|hacen un llamamiento")
            .cue(Modality.APPEAL, "pide|piden|pedimos ~ a|al", "insta|instan|instamos ~ a|al", "alienta|alientan|alentamos ~ a|al",
                    "exhorta|exhortan|exhortamos ~ a|al", "invita|invitan|invitamos ~ a|al",
                    "solicita|solicitan|solicitamos ~ a|al", "hace|hacen|hacemos ~ un llamamiento a|al")
            .words(Words.AFTER_VERB, SPANISH_ADVERBS)
            .words(Words.NOT_ADDRESSEE, "que", "a", "al", "en", "por", "para", "con", "sobre", "de", "del", "*mente", "también",
                    "además", "asimismo")
            .words(Words.ADDRESSEE_MARKER, "a")
            .words(Words.ADDRESSEE_CLAUSE_MARKER, "a que", "para que", "que")
            .words(Words.NOT_AFTER_MARKER, "la", "las", "los", "el", "un", "una", "unos", "unas", "su", "sus", "este", "esta",
                    "estos", "estas", "ese", "esa", "esos", "esas")
            .words(Words.DECIDE_OPENER, "decide", "deciden", "decidimos")
            .words(Words.FUTURE, "iremos", "querremos", "sabremos", "cabremos", "habremos", "*aremos", "*eremos", "*iremos",
                    "*dremos")
            .words(Words.NOT_FUTURE, "queremos", "esperemos", "consideremos", "superemos", "recuperemos", "cooperemos",
                    "aceleremos", "toleremos", "generemos", "operemos", "moderemos", "alteremos", "deliberemos", "liberemos",
                    "enumeremos", "reiteremos", "veneremos", "exageremos", "preparemos", "declaremos", "comparemos",
                    "separemos", "reparemos", "amparemos", "aclaremos", "paremos", "aspiremos", "retiremos", "admiremos",
                    "inspiremos", "miremos", "tiremos", "respiremos", "giremos")
            .words(Words.FIRST_PERSON, "nosotros", "nosotras")
            .words(Words.POSSESSIVE, "nuestro", "nuestra", "nuestros", "nuestras")
            .words(Words.REFLEXIVE, "nos")
            .words(Words.SUBJECT_ADVERB, "*mente", "también", "asimismo", "además", "juntos", "juntas", "por ello", "por tanto",
                    "por lo tanto", "por consiguiente", "en consecuencia", "de nuevo", "una vez más")
            .subjectOptional(true)
            .words(Words.NAMED_DETERMINER, "Los", "Las", "Todos los", "Todas las", "Cada", "Ambos", "Ambas", "Los dos")
            .words(Words.NAMED_HEAD, "Estados", "Partes", "partes", "Ministros", "ministros", "Dirigentes", "dirigentes",
                    "Líderes", "líderes", "Gobiernos", "gobiernos", "Miembros", "países")
            .words(Words.NAMED_SUFFIX, "Partes", "Miembros", "miembros", "participantes")
            .words(Words.DESIGNATION_DETERMINER, "las", "los", "las dos", "los dos", "las tres", "los tres", "ambas", "ambos",
                    "cada", "nuestros dos", "nuestros tres")
            .words(Words.DESIGNATION_NOUN, "partes", "parte", "países", "país", "delegaciones", "delegación", "dirigentes",
                    "líderes", "ministros", "gobiernos", "gobierno", "presidentes", "socios")
            .words(Words.THIRD_PERSON, "ellos", "ellas")
            .words(Words.THIRD_PERSON_REFLEXIVE, "se")
            .words(Words.THIRD_PERSON_FUTURE, "*rán")
            .words(Words.NAME_LINK, "de", "del", "de la", "de los")
            .words(Words.NAME_DETERMINER, "el", "la", "los", "las")
            .words(Words.AND, "y", "e")
            .words(Words.OR, "o", "u")
            .words(Words.RELATIVE, "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "cuyos", "cuyas")
            .words(Words.COMMA_RELATIVE, "que")
            .words(Words.ASIDE, "en", "a", "por", "como", "incluido", "incluida", "incluidos", "incluidas", "entre otras cosas",
                    "a tal fin", "con ese fin", "a este respecto", "según", "de conformidad con")
            .words(Words.DEADLINE, "antes de", "a más tardar", "hasta", "de aquí a")
            .words(Words.MONTH, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                    "octubre", "noviembre", "diciembre")
            .words(Words.ITEM_CLAUSE, "que")
            .words(Words.ITEM_SUBJECT, "nosotros", "nosotras", "ellos", "ellas", "él", "ella")
            .words(Words.ITEM_ADVERB, "*mente", "también", "además", "asimismo")
            .words(Words.NOT_VERB, "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "este", "esta",
                    "estos", "estas", "ese", "esa", "esos", "esas", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras",
                    "todo", "toda", "todos", "todas", "cada", "otro", "otra", "otros", "otras", "por", "para", "en", "con",
                    "sin", "sobre", "entre", "hacia", "hasta", "desde", "según", "mediante", "durante", "y", "e", "o", "u",
                    "pero", "ni", "si", "cuando", "donde", "no", "más", "muy", "i", "ii", "iii", "iv", "v",
                    // nouns and adjectives with an infinitive's ending
                    "lugar", "hogar", "mar", "bienestar", "nuclear", "militar", "familiar", "particular", "similar", "popular",
                    "escolar", "solar", "singular", "mujer", "placer", "ayer", "taller", "carácter", "alquiler", "par",
                    "azúcar", "pilar", "ejemplar", "titular")
            .words(Words.VERB_ENDING, spanishInfinitives())
            .build();

    /** Adverbs that may follow a German verb ("fordern <u>nachdrücklich</u> X auf", "bekräftigen <u>erneut</u>"). */
    private static final String[] GERMAN_ADVERBS = {"erneut", "nochmals", "abermals", "nachdrücklich", "eindringlich",
        "ebenfalls", "ferner", "außerdem", "auch", "zudem", "daher", "hiermit", "gemeinsam", "feierlich", "mit Nachdruck"};

    /**
     * German. An appeal's addressee is one the sentence closes with a separable particle ("fordert alle Staaten
     * <u>auf,</u>", "legt den Staaten <u>nahe,</u>"); an addressee closed by a comma alone ("ersucht den
     * Generalsekretär, ...") is not told from the clause after it, so that appeal is one without addressee.
     */
    static final CommitmentCues GERMAN = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "bekräftigen|bekräftigt|bekräftigte|bekräftigten|erneuern|erneuert|erneuerten|bekunden"
                    + "|bekundet ~ unser|unsere|unseren|unserer|ihr|ihre|ihren|sein|seine|seinen|das|die|den {2-}"
                    + " Engagement|Verpflichtung|Verpflichtungen|Entschlossenheit|Bekenntnis|Zusage|Zusagen|Willen|Entschluss",
                    "Bekräftigung ihrer|seiner|unserer|der {2-} Verpflichtung|Verpflichtungen|Entschlossenheit|Zusage|Zusagen")
            .cue(Modality.COMMIT, "verpflichten|verpflichtet uns|sich", "gehen|geht ~ die Verpflichtung ein")
            .authorsCue(Modality.COMMIT, "sind|bleiben|ist|bleibt ~ {2} entschlossen|verpflichtet|gewillt")
            .cue(Modality.PLEDGE, "versprechen|geloben")
            .cue(Modality.ASPIRE, "streben|strebt", "zielen|zielt ~ darauf ab")
            .cue(Modality.WILL, "beabsichtigen|beabsichtigt", "haben|hat ~ die Absicht", "planen|plant")
            .cue(Modality.DECIDE, "beschließen|beschließt", "haben|hat ~ beschlossen")
            .authorsCue(Modality.DECIDE, "vereinbarten|vereinbaren|vereinbart", "kamen|kommen ~ überein")
            .unaddressed("fordert|fordern|ersucht|ersuchen|bittet|bitten|ermutigt|ermutigen|appelliert|appellieren"
                    + "|verlangt|verlangen|empfiehlt|empfehlen")
            .cue(Modality.APPEAL, "fordern|fordert|fordere ~", "rufen|ruft ~", "legen|legt ~", "appellieren|appelliert ~ an")
            .words(Words.AFTER_VERB, GERMAN_ADVERBS)
            .words(Words.NOT_ADDRESSEE, "für", "zu", "zur", "zum", "dass", "auf", "mit", "in", "nach", "danach", "dazu",
                    "nachdrücklich", "erneut", "ferner", "auch", "außerdem")
            .words(Words.ADDRESSEE_MARKER, "auf,", "dazu auf,", "nahe,", "eindringlich auf,", "nachdrücklich auf,")
            .words(Words.DECIDE_OPENER, "beschließt", "beschließen")
            .words(Words.OPENER_ADVERB, "ferner", "außerdem", "auch")
            .words(Words.FUTURE, "werden", "wird")
            .words(Words.FIRST_PERSON, "wir")
            .words(Words.POSSESSIVE, "unser", "unsere", "unseren", "unserer", "unserem", "unseres")
            .words(Words.SUBJECT_ADVERB, "daher", "deshalb", "ferner", "auch", "gemeinsam", "alle", "hiermit", "nun", "jetzt",
                    "*lich")
            .words(Words.NAMED_DETERMINER, "Die", "Alle", "Jeder", "Jede", "Beide")
            .words(Words.NAMED_HEAD, "Staaten", "Vertragsstaaten", "Vertragsparteien", "Parteien", "Minister", "Ministerinnen",
                    "Regierungen", "Mitglieder", "Mitgliedstaaten", "Regierungschefs")
            .words(Words.DESIGNATION_DETERMINER, "die beiden", "beide", "die drei", "jede", "jedes", "jeder", "unsere beiden")
            .words(Words.DESIGNATION_NOUN, "Seiten", "Seite", "Länder", "Land", "Delegationen", "Delegation", "Regierungen",
                    "Regierung", "Minister", "Präsidenten", "Partner", "Parteien")
            .words(Words.THIRD_PERSON, "sie")
            .words(Words.THIRD_PERSON_REFLEXIVE, "sich")
            .words(Words.NAME_LINK, "von", "der", "des")
            .words(Words.NAME_DETERMINER, "der", "die", "das")
            .words(Words.AND, "und")
            .words(Words.OR, "oder")
            // only the relatives that are no article: ", die Zusammenarbeit zu stärken" goes on with the clause
            .words(Words.RELATIVE, "welche", "welcher", "welches", "deren", "dessen")
            .words(Words.INFINITIVE_MARKER, "zu")
            .words(Words.NOT_BEFORE_CUE, "das", "ein", "eine", "unser", "unsere", "ihr", "ihre", "sein", "seine", "dem")
            .words(Words.ASIDE, "einschließlich", "insbesondere", "unter anderem", "zu diesem Zweck", "im Rahmen", "bei",
                    "durch", "in", "im")
            .words(Words.DEADLINE, "bis spätestens", "bis zum", "bis", "spätestens", "vor")
            .words(Words.MONTH, "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                    "Oktober", "November", "Dezember")
            .words(Words.ITEM_CLAUSE, "dass")
            .words(Words.ITEM_SUBJECT, "wir", "sie", "er", "es")
            .words(Words.ITEM_ADVERB, "ferner", "auch", "gemeinsam", "*lich")
            .words(Words.NOT_VERB, "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                    "dieser", "diese", "dieses", "diesen", "unser", "unsere", "ihr", "ihre", "sein", "seine", "alle", "jeder",
                    "jede", "jedes", "kein", "keine", "andere", "durch", "in", "im", "an", "am", "auf", "für", "von", "vom",
                    "mit", "ohne", "unter", "über", "zwischen", "nach", "bei", "zu", "zur", "zum", "als", "und", "oder", "aber",
                    "wenn", "wo", "wobei", "nicht", "mehr", "neue", "i", "ii", "iii", "iv", "v")
            .words(Words.NOT_VERB_ENDING, "ung", "ungen", "heit", "keit", "schaft", "tion", "ion", "ismus", "tät", "nis", "ik")
            .verbByDefault(true)
            .build();

    /** Adverbs that may follow a Swedish verb ("uppmanar <u>enträget</u> X att", "bekräftar <u>på nytt</u>"). */
    private static final String[] SWEDISH_ADVERBS = {"på nytt", "ånyo", "återigen", "även", "också", "därför", "härmed",
        "*ligen", "enträget", "eftertryckligen", "bestämt", "vidare", "dessutom", "gemensamt"};

    /** Swedish: the first-person future "vi kommer att", "vi ska"; an appeal's addressee before "att" ("uppmanar X att"). */
    static final CommitmentCues SWEDISH = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "bekräftar|bekräftade|förnyar|förnyade|upprepar|upprepade|befäster ~ vårt|vår|våra|sitt|sin"
                    + "|sina|dess|deras {2-} åtagande|åtaganden|engagemang|beslutsamhet|föresats|löfte|löften|vilja|utfästelse"
                    + "|utfästelser")
            .cue(Modality.COMMIT, "åtar|förbinder|förpliktar oss|sig ~ att", "gör|gjorde ~ ett|det {1} åtagandet|åtagande att")
            .authorsCue(Modality.COMMIT, "är|förblir|står ~ {2} beslutna|besluten|engagerade|fast att|för|i")
            .cue(Modality.PLEDGE, "lovar|utlovar ~ att")
            .cue(Modality.ASPIRE, "strävar|siktar ~ efter|mot|på|att", "eftersträvar")
            .cue(Modality.WILL, "avser|planerar ~ att", "har ~ för avsikt att")
            .cue(Modality.DECIDE, "beslutar|beslutade|beslöt ~ att|om")
            .authorsCue(Modality.DECIDE, "kom|kommer ~ överens om|att")
            .unaddressed("uppmanar|uppmuntrar|kräver|efterlyser|begär", "rekommenderar att")
            .cue(Modality.APPEAL, "uppmanar ~", "anmodar ~", "uppmuntrar ~", "inbjuder ~", "vädjar ~ till", "ber ~", "manar ~")
            .words(Words.AFTER_VERB, SWEDISH_ADVERBS)
            .words(Words.NOT_ADDRESSEE, "att", "om", "för", "på", "i", "med", "till", "även", "också", "därför")
            .words(Words.ADDRESSEE_MARKER, "att")
            .words(Words.NOT_AFTER_MARKER, "den", "det", "de", "detta", "dessa", "denna")
            .words(Words.DECIDE_OPENER, "beslutar", "beslutade")
            .words(Words.OPENER_ADVERB, "vidare", "även", "också", "dessutom")
            .words(Words.FUTURE, "kommer att", "ska", "skall")
            .words(Words.FIRST_PERSON, "vi")
            .words(Words.POSSESSIVE, "vår", "vårt", "våra")
            .words(Words.SUBJECT_ADVERB, "också", "även", "därför", "alla", "gemensamt", "tillsammans", "härmed", "nu", "*ligen")
            .words(Words.NAMED_DETERMINER, "Alla", "Varje", "De", "Båda")
            .words(Words.NAMED_HEAD, "Staterna", "Medlemsstaterna", "Parterna", "Ministrarna", "Ledarna", "Regeringarna",
                    "Deltagarstaterna", "stater", "parter")
            .words(Words.DESIGNATION_DETERMINER, "de två", "de tre", "båda", "bägge", "våra två", "varje")
            .words(Words.DESIGNATION_NOUN, "sidorna", "länderna", "land", "delegationerna", "ledarna", "ministrarna",
                    "regeringarna", "parterna", "sida", "partnerna")
            .words(Words.THIRD_PERSON, "de")
            .words(Words.NAME_LINK, "av", "för")
            .words(Words.AND, "och")
            .words(Words.OR, "eller")
            .words(Words.RELATIVE, "som", "vilket", "vilka", "vars")
            .words(Words.INFINITIVE_MARKER, "att")
            .words(Words.CONTINUING, "fortsätter att", "fortsätta att")
            .words(Words.NOT_BEFORE_CUE, "den", "det", "ett", "en")
            .words(Words.ASIDE, "bland annat", "inklusive", "däribland", "genom", "inom", "vid", "såsom", "i detta syfte",
                    "för detta ändamål")
            .words(Words.DEADLINE, "senast", "till och med", "fram till", "till", "före", "innan")
            .words(Words.MONTH, "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                    "oktober", "november", "december")
            .words(Words.ITEM_MARKER, "att")
            .words(Words.ITEM_SUBJECT, "vi", "de", "den", "det", "han", "hon")
            .words(Words.ITEM_ADVERB, "även", "också", "gemensamt", "*ligen")
            .words(Words.NOT_VERB, "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "vår", "vårt", "våra", "deras",
                    "dess", "sin", "sitt", "sina", "alla", "varje", "någon", "några", "andra", "inga", "ingen", "av", "genom",
                    "i", "på", "vid", "för", "från", "med", "utan", "under", "över", "mellan", "bland", "till", "som", "och",
                    "eller", "men", "om", "där", "när", "vilket", "vilka", "inte", "både", "mer", "mest", "ny", "nya", "ii",
                    "iii", "iv", "v")
            .words(Words.NOT_VERB_ENDING, "ning", "ningar", "het", "heter", "tion", "tioner", "skap", "else", "ande", "ende",
                    "erna", "orna", "arna")
            .words(Words.VERB_ENDING, "era")
            .verbByDefault(true)
            .build();

    /** The cue sets that come with Declaro, by the primary subtag of their language. */
    static final Map<String, CommitmentCues> BY_LANGUAGE = Map.of("en", ENGLISH, "fr", FRENCH, "es", SPANISH, "de", GERMAN,
            "sv", SWEDISH);
}
