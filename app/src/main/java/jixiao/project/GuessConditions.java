package jixiao.project;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.PROJECT_GUESS;

/** Conditions on open guesses, for the set-based queries of other features (monitoring, consistency). */
public final class GuessConditions {

    private GuessConditions() {
    }

    /** How many of the project's field guesses are open. */
    public static Field<Integer> openGuesses(Field<Long> projectId) {
        return DSL.field(DSL.selectCount().from(PROJECT_GUESS)
                .where(PROJECT_GUESS.PROJECT_ID.eq(projectId)).and(PROJECT_GUESS.CONFIRMED_AT.isNull()));
    }

    /** How many of the project's target values need a person's review. */
    public static Field<Integer> targetsToReview(Field<Long> projectId) {
        return DSL.field(DSL.selectCount().from(INDICATOR)
                .where(INDICATOR.PROJECT_ID.eq(projectId)).and(INDICATOR.TARGET_NEEDS_REVIEW.isTrue()));
    }

    /** The project's spend plan was guessed by an import and nobody has confirmed it yet. */
    public static Condition planUnconfirmed(Field<Long> projectId) {
        return DSL.exists(DSL.selectOne().from(PROJECT_GUESS)
                .where(PROJECT_GUESS.PROJECT_ID.eq(projectId))
                .and(PROJECT_GUESS.FIELD.eq(GuessedField.SPEND_PLAN.name()))
                .and(PROJECT_GUESS.CONFIRMED_AT.isNull()));
    }
}
