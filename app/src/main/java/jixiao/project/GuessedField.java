package jixiao.project;

import jixiao.common.Messages;
import jixiao.common.Numbers;

import java.util.stream.Collectors;

/**
 * A field of a project whose stored value an import guessed rather than read (an OCR repair, a
 * plan read right-aligned from a scan, an assumed money unit). The guess stays 待核对 until a person
 * confirms it or corrects the field.
 */
public enum GuessedField {
    PROJECT_CODE, PROJECT_NAME, UNIT, MONEY_UNIT, BUDGET, FISCAL_FUNDS, OTHER_FUNDS, SPEND_PLAN, KEY_TASKS,
    /** The indicator table as a scan was pieced together (levels, columns, basis). */
    INDICATORS,
    /** How one indicator's target value was read ({@code indicator.target_needs_review}). */
    INDICATOR_TARGET;

    public String label() {
        return Messages.text("guess.field." + name());
    }

    /** The field's value in the project, as compared to tell whether a person corrected it. */
    public String valueIn(ProjectDetails p) {
        return switch (this) {
            case PROJECT_CODE -> p.code();
            case PROJECT_NAME -> p.name();
            case UNIT -> p.unitCode();
            case MONEY_UNIT -> p.moneyUnit();
            case BUDGET -> p.budget() + " " + p.moneyUnit();
            case FISCAL_FUNDS -> p.fiscalFunds() + " " + p.moneyUnit();
            case OTHER_FUNDS -> p.otherFunds() + " " + p.moneyUnit();
            case SPEND_PLAN -> p.spendPlan().stream()
                    .map(s -> Messages.text("textimport.planPoint", s.month(), Numbers.plain(s.percent())))
                    .collect(Collectors.joining(" "));
            case KEY_TASKS -> p.keyTasks().stream()
                    .map(k -> k.name() + " " + (k.funds() == null ? "" : k.funds()))
                    .collect(Collectors.joining("；"));
            case INDICATORS -> p.indicators().stream()
                    .map(i -> String.join("/", i.level1(), i.level2(), i.name(), String.valueOf(i.description()),
                            i.target(), String.valueOf(i.basis())))
                    .collect(Collectors.joining("；"));
            case INDICATOR_TARGET -> null;
        };
    }

    /** The field named in a URL or form, or null. */
    public static GuessedField parse(String name) {
        for (GuessedField f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }
}
