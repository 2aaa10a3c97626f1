package jixiao.web;

import io.micronaut.serde.annotation.SerdeImport;
import jixiao.common.Problem;
import jixiao.indicatorvalue.TargetValue;
import jixiao.monitoring.UnitSummary;

/** JSON for plain domain records that must stay free of framework annotations. */
@SerdeImport(TargetValue.class)
@SerdeImport(Problem.class)
@SerdeImport(UnitSummary.class)
final class SerdeImports {

    private SerdeImports() {
    }
}
