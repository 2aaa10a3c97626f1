package jixiao.indicatorvalue;

import jixiao.common.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a qualitative target reads as Chinese words, or as an OCR's misreading of them. A person
 * judges a qualitative target against its text, so a garbled one ({@code 土曾力口}) cannot be judged
 * and must be confirmed against the original first. Two signs, each explained in the note: a known
 * misreading ({@link OcrConfusions}, whose likely meaning the note gives) and characters outside
 * common use ({@link CommonCharacters}). Only the text is judged: Latin letters (APP, ISO), digits and
 * punctuation are not, and nothing is changed.
 */
final class GarbledWords {

    private GarbledWords() {
    }

    /** Why {@code text} (normalised, OCR glyphs repaired) may be garbled; empty when it reads well. */
    static List<String> doubts(String text) {
        List<String> doubts = new ArrayList<>();
        Optional<String> meant = OcrConfusions.likelyMeant(text);
        meant.ifPresent(m -> doubts.add(Messages.text("indicatorvalue.note.garbled.confusion", text, m)));
        Set<String> uncommon = CommonCharacters.uncommonIn(meant.orElse(text));
        if (!uncommon.isEmpty()) {
            doubts.add(Messages.text("indicatorvalue.note.garbled.uncommon",
                    String.join(Messages.text("indicatorvalue.note.ocr.listSeparator"), uncommon)));
        }
        return doubts;
    }
}
