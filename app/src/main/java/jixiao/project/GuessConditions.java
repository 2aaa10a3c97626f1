package jixiao.project;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static jixiao.db.Tables.PROJECT_GUESS;

/** Conditions on open guesses, for the set-based queries of other features (monitoring, consistency). */
public final class GuessConditions {

    private GuessConditions() {
    }

    /** The project's spend plan was guessed by an import and nobody has confirmed it yet. */
    public static Condition planUnconfirmed(Field<Long> projectId) {
        return DSL.exists(DSL.selectOne().from(PROJECT_GUESS)
                .where(PROJECT_GUESS.PROJECT_ID.eq(projectId))
                .and(PROJECT_GUESS.FIELD.eq(GuessedField.SPEND_PLAN.name()))
                .and(PROJECT_GUESS.CONFIRMED_AT.isNull()));
    }
}
