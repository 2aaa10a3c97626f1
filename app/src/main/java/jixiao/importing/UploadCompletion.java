package jixiao.importing;

import jixiao.project.GuessedField;
import jixiao.common.Messages;

import java.util.List;

/**
 * What one table of an upload takes from the others once all are read: a department part that
 * states no unit takes the unit of the project tables, a table that states no money unit takes
 * the one the others state. Each such inference is flagged. Also names department parts and
 * reports project tables without a name.
 */
final class UploadCompletion {

    private static final String OWN_LEVEL = "本级";

    private UploadCompletion() {
    }

    static void complete(List<TableDraft> drafts) {
        TableDraft unitSource = null;
        String moneyUnit = null;
        for (TableDraft d : drafts) {
            if (unitSource == null && d.kind == TableKind.PROJECT && d.unitName != null) {
                unitSource = d;
            }
            if (moneyUnit == null && d.moneyUnit != null) {
                moneyUnit = d.moneyUnit;
            }
        }
        for (TableDraft d : drafts) {
            if (d.kind == TableKind.DEPARTMENT) {
                department(d, unitSource);
            }
            if (d.moneyUnit == null && d.hasAmounts()) {
                if (moneyUnit != null) {
                    d.moneyUnit = moneyUnit;
                    d.warn(d.line, "textimport.warn.moneyUnitInherited", moneyUnit);
                } else {
                    d.guess(GuessedField.MONEY_UNIT, d.line, "textimport.warn.moneyUnitMissing");
                }
            }
            if (d.kind == TableKind.PROJECT && d.name == null) {
                d.error(d.line, "textimport.error.noProjectName");
            }
        }
    }

    private static void department(TableDraft d, TableDraft unitSource) {
        if (d.unitName == null && unitSource != null) {
            d.unitCode = unitSource.unitCode;
            d.unitName = unitSource.unitName;
            d.warn(d.line, "textimport.warn.unitInherited",
                    (unitSource.unitCode == null ? "" : unitSource.unitCode) + unitSource.unitName);
        } else if (d.unitName == null && d.departmentName != null) {
            d.unitName = d.departmentName;
            d.warn(d.line, "textimport.warn.unitFromDepartment", d.departmentName);
        }
        if (d.name == null) {
            String owner = d.departmentName != null ? d.departmentName
                    : d.unitName != null && d.unitName.endsWith(OWN_LEVEL)
                            ? d.unitName.substring(0, d.unitName.length() - OWN_LEVEL.length())
                            : d.unitName;
            d.name = owner == null ? Messages.text("textimport.department.nameBare")
                    : Messages.text("textimport.department.name", owner);
        }
    }
}
