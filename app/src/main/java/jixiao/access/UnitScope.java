package jixiao.access;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The jOOQ form of a caller's visibility, for set-based and reporting queries. */
public final class UnitScope {

    private UnitScope() {
    }

    public static Condition visibleTo(Caller caller, Field<Long> unitId) {
        if (caller.seesAllUnits()) {
            return DSL.trueCondition();
        }
        if (caller.unitIds().isEmpty()) {
            return DSL.falseCondition();
        }
        return unitId.in(caller.unitIds());
    }
}
