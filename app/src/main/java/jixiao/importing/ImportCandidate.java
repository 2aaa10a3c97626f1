package jixiao.importing;

import jixiao.project.FieldGuess;
import jixiao.project.ProjectInput;

import java.util.List;

/**
 * One table of an upload on its way into the registry: where it came from (for messages), the
 * project input it became, and what a person should know about it.
 *
 * @param department true for a 部门整体绩效目标
 * @param warnings   guesses and quality concerns; the table can be stored
 * @param errors     reasons the table cannot be stored; one error stops the whole import
 * @param guesses    the fields whose values were guessed: stored with the project as 待核对; null for a
 *                   source that states its values (a workbook), which corrects what it changes instead
 * @param sourceLines the lines of the document the table was read from, for the preview; empty for a workbook
 * @param sourceLinesLeftOut lines of the table beyond those carried
 */
record ImportCandidate(int ordinal, String where, boolean department, ProjectInput input,
                       List<String> warnings, List<String> errors, List<FieldGuess> guesses,
                       List<ImportResult.SourceText> sourceLines, int sourceLinesLeftOut) {

    /** The same table with other findings (and perhaps another input), its source kept. */
    ImportCandidate with(ProjectInput input, List<String> warnings, List<String> errors) {
        return new ImportCandidate(ordinal, where, department, input, warnings, errors, guesses, sourceLines,
                sourceLinesLeftOut);
    }
}
