package jixiao.importing;

import jixiao.project.FieldGuess;
import jixiao.project.GuessedField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which warnings are guesses about a field, to be stored with the project as 待核对 (issue 10, point 3):
 * what the reader repaired, joined or placed; not what a published table states elsewhere.
 */
class GuessedFieldsTest {

    private static Set<GuessedField> fields(ParsedTable t) {
        return t.guesses().stream().map(FieldGuess::field).collect(Collectors.toSet());
    }

    @Test
    void theScannedTablesCarryTheirGuessesByField() {
        List<ParsedTable> p = Seeds.projects(Seeds.parse("xinglong-2025.txt"));
        assertEquals(Set.of(GuessedField.PROJECT_CODE, GuessedField.BUDGET, GuessedField.SPEND_PLAN, GuessedField.INDICATORS),
                fields(p.get(4)));
        FieldGuess plan = p.get(4).guesses().stream().filter(g -> g.field() == GuessedField.SPEND_PLAN).findFirst().orElseThrow();
        assertTrue(plan.note().startsWith("第530行：") && plan.note().contains("靠右对齐"), plan.note());
        assertEquals(Set.of(GuessedField.PROJECT_CODE, GuessedField.FISCAL_FUNDS, GuessedField.INDICATORS), fields(p.get(3)));
        assertTrue(fields(p.get(1)).contains(GuessedField.PROJECT_NAME), "2O25 → 2025 in the name");
    }

    @Test
    void tablesPublishedAsTextHaveNoGuesses() {
        for (String seed : List.of("leting-2024.txt", "pengyang-2024.txt", "binhai-2024.txt", "huadu-department.txt")) {
            for (ParsedTable t : Seeds.parse(seed).tables()) {
                assertEquals(List.of(), t.guesses(), seed + " " + t.name());
            }
        }
    }

    @Test
    void aRepairedAmountOrAnAssumedPlanInWordTextIsAGuessToo() {
        String head = "1.测试项目绩效目标表\n\t315001测试县司法局本级\n\t单位：万元\n\n\t项目名称\n\t测试项目\n\n";
        ParsedTable amount = TargetTableTextParser.parse(head + "\t预算数\n\t3,00\n").tables().get(0);
        assertEquals(new BigDecimal("3.00"), amount.budget());
        assertEquals(List.of(new FieldGuess(GuessedField.BUDGET, "第9行：预算数读作「3,00」，按识别错误修正为 3.00")), amount.guesses());
        ParsedTable plan = TargetTableTextParser.parse(head + "\t资金支出计划（%）\n\n\t\n\t25%\n\t50%\n\t75%\n\t100%\n").tables().get(0);
        assertEquals(Set.of(GuessedField.SPEND_PLAN), fields(plan));
        ParsedTable noMoneyUnit = TargetTableTextParser.parse("1.测试项目绩效目标表\n\t项目名称\n\t测试项目\n\n\t预算数\n\t3.00\n").tables().get(0);
        assertEquals(Set.of(GuessedField.MONEY_UNIT), fields(noMoneyUnit));
    }
}
