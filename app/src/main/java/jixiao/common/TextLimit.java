package jixiao.common;

import java.util.List;

/**
 * The longest text each free-text field of the registry may hold, in characters, in one place: each constant
 * names the column it is stored in and {@code TextLimitTest} checks it against the migrated MariaDB. The API, the
 * forms and the import all check with these, so a long text is refused naming the field, never stored in part
 * and never answered with an error from the database.
 */
public enum TextLimit {
    PROJECT_NAME("budget_project", "name", 300),
    PROJECT_CODE("budget_project", "code", 64),
    PURPOSE("budget_project", "purpose", TextLimit.LONG_TEXT),
    GOAL("budget_project", "goal", TextLimit.LONG_TEXT),
    MEASURES("budget_project", "measures", TextLimit.LONG_TEXT),
    ATTRIBUTE("budget_project", "attribute", 100),
    TERM("budget_project", "term", 100),
    MANAGING_OFFICE("budget_project", "managing_office", 100),
    INDICATOR_LEVEL1("indicator", "level1", 50),
    INDICATOR_LEVEL2("indicator", "level2", 50),
    INDICATOR_NAME("indicator", "name", 300),
    INDICATOR_DESCRIPTION("indicator", "description", TextLimit.LONG_TEXT),
    INDICATOR_TARGET("indicator", "target_text", 200),
    INDICATOR_PERIOD_TARGET("indicator", "period_target_text", 200),
    INDICATOR_BASIS("indicator", "basis", 300),
    KEY_TASK_NAME("key_task", "name", 300),
    KEY_TASK_CONTENT("key_task", "content", TextLimit.LONG_TEXT),
    KEY_TASK_EXPECTED_GOAL("key_task", "expected_goal", TextLimit.LONG_TEXT),
    UNIT_NAME("unit", "name", 200),
    DEPARTMENT_NAME("department", "name", 200),
    USER_DISPLAY_NAME("app_user", "display_name", 100),
    USER_EMAIL("app_user", "email", 254);

    /**
     * A TEXT column holds 65,535 bytes, and a character of utf8mb4 takes up to 4: 10,000 characters always fit,
     * and are far more than any published 资金用途 or 年度总体目标.
     */
    public static final int LONG_TEXT = 10_000;

    private final String table;
    private final String column;
    private final int maxCharacters;

    TextLimit(String table, String column, int maxCharacters) {
        this.table = table;
        this.column = column;
        this.maxCharacters = maxCharacters;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public int maxCharacters() {
        return maxCharacters;
    }

    /** Whether the text fits; null fits. Characters are counted as MariaDB counts them (code points). */
    public boolean fits(String text) {
        return text == null || text.codePointCount(0, text.length()) <= maxCharacters;
    }

    /**
     * Adds a problem when the text does not fit.
     *
     * @param field the field's path in the request ({@code indicators[2].basis})
     * @param label what a person calls the field ({@code 第3条指标的指标值确定依据})
     */
    public void check(String text, String field, String label, List<Problem> problems) {
        if (!fits(text)) {
            problems.add(new Problem(field, Messages.text("field.tooLong", label, maxCharacters,
                    text.codePointCount(0, text.length()))));
        }
    }
}
