package org.declaro.commitments;

import org.declaro.commitments.CommitmentCues.Words;
import org.declaro.model.Modality;

/** The cue sets that come with Declaro, following COMMITMENTS.md: English, the extractor's behaviour since its first version, word for word. */
final class StandardCues {

    private StandardCues() {
    }

    static final CommitmentCues ENGLISH = CommitmentCues.builder()
            .cue(Modality.REAFFIRM, "reaffirm|reaffirms|reaffirming|renew|renews|renewing|reiterate|reiterates|reiterating"
                    + " our|its|their|the {2-} commitment|commitments|dedication|dedications|determination|determinations"
                    + "|will|wills|resolve|resolves|pledge|pledges")
            .cue(Modality.COMMIT, "commit|commits|undertake|undertakes|resolve [ourselves|themselves] to",
                    "are|remain|stand|is|remains {2} committed|determined|resolved to",
                    "share a {1} commitment to")
            .cue(Modality.PLEDGE, "pledge|pledges to")
            .cue(Modality.ASPIRE, "aspire|aspires|aim|aims|seek|seeks to")
            .cue(Modality.WILL, "intend|intends|plan to")
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
            .words(Words.AND, "and")
            .words(Words.OR, "or")
            .words(Words.RELATIVE, "which", "who")
            .words(Words.COMMA_RELATIVE, "that")
            .words(Words.INFINITIVE_MARKER, "to")
            .words(Words.CONTINUING, "continue to", "continues to")
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
            .triggers(Modality.REAFFIRM, "reaffirm", "renew", "reiterate")
            .build();
}
