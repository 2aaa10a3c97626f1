package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A row of the project list. */
@Serdeable
public record ProjectSummary(
        Long id,
        String kind,
        Integer year,
        String unitCode,
        String unitName,
        @Nullable String code,
        String name,
        String moneyUnit,
        String budget,
        String budgetYuan,
        int indicatorCount,
        int reviewCount,
        int unconfirmedGuesses,
        int toCheck) {

    /** @param toCheck what the list shows as 待核对: open guesses on fields plus indicator targets to review */
    public ProjectSummary(Long id, String kind, Integer year, String unitCode, String unitName, String code, String name,
                          String moneyUnit, String budget, String budgetYuan, int indicatorCount, int reviewCount,
                          int unconfirmedGuesses) {
        this(id, kind, year, unitCode, unitName, code, name, moneyUnit, budget, budgetYuan, indicatorCount, reviewCount,
                unconfirmedGuesses, reviewCount + unconfirmedGuesses);
    }
}
