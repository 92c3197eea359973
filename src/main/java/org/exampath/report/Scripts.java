package org.exampath.report;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which characters the note can print one glyph after another, left to right, as PDFBox does (it neither reorders
 * right-to-left text nor shapes joining letters). A right-to-left letter (bidi class R or AL: Arabic, Hebrew,
 * Syriac, Thaana, NKo and the rest) would read backwards and, for Arabic, unjoined; a bidi control would be
 * ignored; a letter of a script that needs shaping (Devanagari and the other Indic scripts, and the scripts of
 * South-East Asia, Tibet and Mongolia) would lose its conjuncts and the places of its vowel signs. None of these
 * prints faithfully, whatever glyphs the font has.
 */
final class Scripts {
    private static final Set<UnicodeScript> SHAPED = EnumSet.of(UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI,
            UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
            UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO,
            UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.MONGOLIAN,
            UnicodeScript.BALINESE, UnicodeScript.JAVANESE, UnicodeScript.SUNDANESE, UnicodeScript.TAI_THAM,
            UnicodeScript.NEW_TAI_LUE, UnicodeScript.CHAKMA, UnicodeScript.SYLOTI_NAGRI, UnicodeScript.LIMBU);

    private Scripts() {
    }

    /** Whether the character prints faithfully when laid out alone, left to right, unshaped. */
    static boolean printsInOrder(int codePoint) {
        switch (Character.getDirectionality(codePoint)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                    Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                    Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                return false;
            }
            default -> {
                return !SHAPED.contains(UnicodeScript.of(codePoint));
            }
        }
    }
}
