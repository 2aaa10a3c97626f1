package jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bureau fills in for the year-end self-evaluation of one project.
 *
 * @param budgetYuan   全年预算数 in 元 (convert 万元 tables before scoring)
 * @param executedYuan 全年执行数 in 元
 * @param indicators   the indicator rows in table order; problems and scores refer to their position
 */
public record ScoringInput(BigDecimal budgetYuan, BigDecimal executedYuan, List<IndicatorInput> indicators) {

    public ScoringInput {
        indicators = List.copyOf(indicators);
    }
}
