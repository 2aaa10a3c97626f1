package jixiao.importing;

/**
 * What the person importing chose besides the year.
 *
 * @param unitCode    the unit chosen on the page ({@code unitCode=}): for tables that state no unit code, or for
 *                    every table when {@code intoUnit}
 * @param intoUnit    store every table in {@code unitCode}, whatever unit code it prints: two counties may use
 *                    the same code (兴隆 and 乐亭 both publish 315001), so a printed code is not always the unit
 * @param confirmYear the person confirmed importing into the chosen year tables that print another year
 * @param dryRun      only show what was understood; store nothing
 */
public record ImportOptions(String unitCode, boolean intoUnit, boolean confirmYear, boolean dryRun) {

    public static ImportOptions of(String unitCode, boolean dryRun) {
        return new ImportOptions(unitCode, false, false, dryRun);
    }

    String chosenUnit() {
        return unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }
}
