package jixiao.importing;

/**
 * The 一级/二级指标 in force while reading indicator rows: a blank level cell means "same as
 * above" (merged cells); a 二级指标 without a fitting 一级指标 implies its 一级指标, which is a
 * guess and is flagged.
 */
final class LevelContext {

    record Levels(String first, String second) {
    }

    private String first;
    private String second;

    /** A 一级指标 heading on its own (OCR): the following 二级指标 belong to it. */
    void startFirst(String level1) {
        first = level1;
        second = null;
    }

    /**
     * @param givenFirst the 一级指标 written in the row, or null when its cell is blank
     * @param givenSecond the 二级指标 written in the row, or null when its cell is blank
     */
    Levels resolve(String givenFirst, String givenSecond, TableDraft draft, int line) {
        if (givenFirst != null && givenSecond == null && givenFirst.equals(first)) {
            // a merged 一级 cell a web copy gives in the middle of its rows (黄石 2022): the 二级 above goes on
        } else if (givenFirst != null) {
            first = givenFirst;
            second = givenSecond;
        } else if (givenSecond != null) {
            if (!LevelReading.fits(first, givenSecond)) {
                String implied = LevelReading.firstOf(givenSecond);
                draft.warn(line, "textimport.warn.levelAssumed", givenSecond, implied);
                first = implied;
            }
            second = givenSecond;
        }
        return new Levels(first, second);
    }
}
