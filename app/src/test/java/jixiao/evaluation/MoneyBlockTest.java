package jixiao.evaluation;

import org.junit.jupiter.api.Test;

import static jixiao.evaluation.Fixtures.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyBlockTest {

    private static MoneyBlock.Amounts amounts(String initial, String fullYear, String executed) {
        return new MoneyBlock.Amounts(decimal(initial), decimal(fullYear), decimal(executed));
    }

    /* 乐亭 提前下达…2号: 5.00万元 all fiscal, 12月底 spent 45000 → 财政拨款 50000 / 50000 / 45000. */
    @Test
    void unadjustedBudget_spendAllFiscal() {
        MoneyBlock block = MoneyBlock.prefilled(decimal("50000.00"), decimal("0.00"), null, decimal("45000.00"));
        assertEquals(amounts("50000.00", "50000.00", "45000.00"), block.fiscal());
        assertEquals(amounts("0", "0", "0"), block.carryover());
        assertEquals(amounts("0.00", "0.00", "0.00"), block.other());
        assertEquals(amounts("50000.00", "50000.00", "45000.00"), block.total());
    }

    /* Budget raised from 50000 to 60000: the 10000 go to 财政拨款; 其他资金 stays. */
    @Test
    void adjustedUp_differenceToFiscal() {
        MoneyBlock block = MoneyBlock.prefilled(decimal("40000"), decimal("10000"), decimal("60000"), decimal("58000"));
        assertEquals(amounts("40000", "50000", "50000"), block.fiscal());
        assertEquals(amounts("10000", "10000", "8000"), block.other());
        assertEquals(amounts("50000", "60000", "58000"), block.total());
    }

    /* Cut from 30000 (10000 fiscal + 20000 other) to 5000: fiscal cannot go below 0, the rest of the cut comes from 其他资金. */
    @Test
    void cutBeyondFiscal_restFromOther() {
        MoneyBlock block = MoneyBlock.prefilled(decimal("10000"), decimal("20000"), decimal("5000"), decimal("5000"));
        assertEquals(amounts("10000", "0", "0"), block.fiscal());
        assertEquals(amounts("20000", "5000", "5000"), block.other());
    }

    /* Spent 31000 of a 30000 fiscal budget: 30000 fiscal, the 1000 beyond to 其他资金. */
    @Test
    void overspent_restToOther() {
        MoneyBlock block = MoneyBlock.prefilled(decimal("30000"), decimal("0"), null, decimal("31000"));
        assertEquals(amounts("30000", "30000", "30000"), block.fiscal());
        assertEquals(amounts("0", "0", "1000"), block.other());
        assertEquals(decimal("31000"), block.total().executed());
    }

    @Test
    void nothingReported_executedBlank() {
        MoneyBlock block = MoneyBlock.prefilled(decimal("30000"), decimal("0"), null, null);
        assertEquals(amounts("30000", "30000", null), block.fiscal());
        assertEquals(amounts("30000", "30000", null), block.total());
    }

    @Test
    void totalAddsWhatIsThere() {
        MoneyBlock block = new MoneyBlock(amounts("100", null, "80"), amounts(null, null, null), amounts("20", null, null));
        assertEquals(amounts("120", null, "80"), block.total());
    }
}
