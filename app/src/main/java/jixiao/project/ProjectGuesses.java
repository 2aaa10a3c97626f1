package jixiao.project;

import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.Messages;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.PROJECT_GUESS;

/**
 * The guesses stored with a project (table {@code project_guess}). Package-private: callers go
 * through {@link ProjectService}, which checks the caller's scope and writes the audit trail in
 * the same transaction.
 */
@Singleton
class ProjectGuesses {

    static final String CONFIRMED = "CONFIRMED";
    static final String CORRECTED = "CORRECTED";
    private static final int VALUE_LENGTH = 1000;

    private final DSLContext db;
    private final Clock clock;

    ProjectGuesses(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The projects with their guesses, read in one query for all of them. */
    List<ProjectDetails> withGuesses(List<ProjectDetails> projects) {
        Map<Long, List<Record>> stored = db.selectFrom(PROJECT_GUESS)
                .where(PROJECT_GUESS.PROJECT_ID.in(projects.stream().map(ProjectDetails::id).toList()))
                .orderBy(PROJECT_GUESS.ID)
                .fetch().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get(PROJECT_GUESS.PROJECT_ID), LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
        return projects.stream().map(d -> new ProjectDetails(d.id(), d.version(), d.kind(), d.year(), d.unitId(),
                d.unitCode(), d.unitName(), d.departmentName(), d.code(), d.name(), d.moneyUnit(), d.budget(),
                d.fiscalFunds(), d.otherFunds(), d.budgetYuan(), d.fiscalFundsYuan(), d.otherFundsYuan(), d.purpose(),
                d.goal(), d.measures(), d.attribute(), d.term(), d.managingOffice(), d.spendPlan(), d.indicators(),
                d.keyTasks(), d.warnings(), of(d, stored.getOrDefault(d.id(), List.of())), d.budgetSummary()))
                .toList();
    }

    /** The project's guesses: its fields' (open first), then its indicators' target readings. */
    private static List<GuessView> of(ProjectDetails p, List<? extends Record> stored) {
        List<GuessView> fields = new ArrayList<>();
        Map<Long, GuessView> confirmedTargets = new LinkedHashMap<>();
        for (Record r : stored) {
            GuessedField field = GuessedField.parse(r.get(PROJECT_GUESS.FIELD));
            if (field == GuessedField.INDICATOR_TARGET) {
                confirmedTargets.put(r.get(PROJECT_GUESS.INDICATOR_ID), view(r, targetLabel(p, r.get(PROJECT_GUESS.INDICATOR_ID))));
            } else if (field != null) {
                fields.add(view(r, field.label()));
            }
        }
        fields.sort(Comparator.comparing(GuessView::confirmed));
        List<GuessView> all = new ArrayList<>(fields);
        for (ProjectDetails.IndicatorView i : p.indicators()) {
            if (i.targetValue().needsReview()) {
                all.add(new GuessView(GuessedField.INDICATOR_TARGET.name(), targetLabel(i), i.id(),
                        i.targetValue().note() == null ? "" : i.targetValue().note(), i.target(), false, null, null, null));
            } else if (confirmedTargets.containsKey(i.id())) {
                all.add(confirmedTargets.get(i.id()));
            }
        }
        return all;
    }

    private static GuessView view(Record r, String label) {
        return new GuessView(r.get(PROJECT_GUESS.FIELD), label, r.get(PROJECT_GUESS.INDICATOR_ID), r.get(PROJECT_GUESS.NOTE),
                r.get(PROJECT_GUESS.GUESSED_VALUE), r.get(PROJECT_GUESS.CONFIRMED_AT) != null, r.get(PROJECT_GUESS.CONFIRMED_BY),
                r.get(PROJECT_GUESS.CONFIRMED_AT), r.get(PROJECT_GUESS.RESOLUTION));
    }

    private static String targetLabel(ProjectDetails p, Long indicatorId) {
        return p.indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .map(ProjectGuesses::targetLabel).orElse(GuessedField.INDICATOR_TARGET.label());
    }

    static String targetLabel(ProjectDetails.IndicatorView i) {
        return Messages.text("guess.targetOf", i.name());
    }

    /**
     * Stores what an import of the project guessed: open guesses the new reading makes again are
     * kept (with its note and value), those it no longer makes are dropped, a guess already
     * confirmed for the same value stays confirmed, and any other guess is opened.
     */
    void recordImport(ProjectDetails stored, List<FieldGuess> guesses) {
        Map<GuessedField, String> notes = new EnumMap<>(GuessedField.class);
        for (FieldGuess g : guesses) {
            notes.merge(g.field(), g.note(), (a, b) -> a + "；" + b);
        }
        Map<GuessedField, Record> existing = new EnumMap<>(GuessedField.class);
        for (Record r : db.selectFrom(PROJECT_GUESS).where(PROJECT_GUESS.PROJECT_ID.eq(stored.id()))
                .and(PROJECT_GUESS.FIELD.ne(GuessedField.INDICATOR_TARGET.name())).fetch()) {
            GuessedField f = GuessedField.parse(r.get(PROJECT_GUESS.FIELD));
            if (f != null) {
                existing.put(f, r);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Map.Entry<GuessedField, Record> e : existing.entrySet()) {
            Record r = e.getValue();
            boolean open = r.get(PROJECT_GUESS.CONFIRMED_AT) == null;
            boolean stillConfirmed = !open && notes.containsKey(e.getKey())
                    && Objects.equals(r.get(PROJECT_GUESS.GUESSED_VALUE), value(e.getKey(), stored));
            if (open && notes.containsKey(e.getKey())) {
                db.update(PROJECT_GUESS).set(PROJECT_GUESS.NOTE, notes.get(e.getKey()))
                        .set(PROJECT_GUESS.GUESSED_VALUE, value(e.getKey(), stored))
                        .where(PROJECT_GUESS.ID.eq(r.get(PROJECT_GUESS.ID))).execute();
                notes.remove(e.getKey());
            } else if (stillConfirmed) {
                notes.remove(e.getKey());
            } else if (open || notes.containsKey(e.getKey())) {
                // An open guess the new reading no longer makes, or a confirmed one for another value.
                db.deleteFrom(PROJECT_GUESS).where(PROJECT_GUESS.ID.eq(r.get(PROJECT_GUESS.ID))).execute();
            }
        }
        for (Map.Entry<GuessedField, String> e : notes.entrySet()) {
            db.insertInto(PROJECT_GUESS)
                    .set(PROJECT_GUESS.PROJECT_ID, stored.id())
                    .set(PROJECT_GUESS.FIELD, e.getKey().name())
                    .set(PROJECT_GUESS.NOTE, e.getValue())
                    .set(PROJECT_GUESS.GUESSED_VALUE, value(e.getKey(), stored))
                    .set(PROJECT_GUESS.CREATED_AT, now)
                    .execute();
        }
    }

    private static String value(GuessedField field, ProjectDetails p) {
        String v = field.valueIn(p);
        return v == null || v.length() <= VALUE_LENGTH ? v : v.substring(0, VALUE_LENGTH);
    }

    /** The open guess on a field, if any. */
    GuessView open(ProjectDetails p, GuessedField field) {
        return withGuesses(List.of(p)).get(0).guesses().stream()
                .filter(g -> !g.confirmed() && g.field().equals(field.name()) && g.indicatorId() == null)
                .findFirst().orElse(null);
    }

    /** Clears the open guess on a field; false when there is none. */
    boolean clear(long projectId, GuessedField field, Caller caller, String resolution) {
        return db.update(PROJECT_GUESS)
                .set(PROJECT_GUESS.CONFIRMED_AT, LocalDateTime.now(clock))
                .set(PROJECT_GUESS.CONFIRMED_BY, caller.username())
                .set(PROJECT_GUESS.RESOLUTION, resolution)
                .where(PROJECT_GUESS.PROJECT_ID.eq(projectId)).and(PROJECT_GUESS.FIELD.eq(field.name()))
                .and(PROJECT_GUESS.CONFIRMED_AT.isNull())
                .execute() > 0;
    }

    /** A person confirmed how the indicator's target was read: the doubt is cleared for this text. */
    void confirmTarget(long projectId, ProjectDetails.IndicatorView i, Caller caller) {
        db.deleteFrom(PROJECT_GUESS).where(PROJECT_GUESS.INDICATOR_ID.eq(i.id())).execute();
        LocalDateTime now = LocalDateTime.now(clock);
        db.insertInto(PROJECT_GUESS)
                .set(PROJECT_GUESS.PROJECT_ID, projectId)
                .set(PROJECT_GUESS.FIELD, GuessedField.INDICATOR_TARGET.name())
                .set(PROJECT_GUESS.INDICATOR_ID, i.id())
                .set(PROJECT_GUESS.NOTE, i.targetValue().note() == null ? "" : i.targetValue().note())
                .set(PROJECT_GUESS.GUESSED_VALUE, i.target())
                .set(PROJECT_GUESS.CREATED_AT, now)
                .set(PROJECT_GUESS.CONFIRMED_AT, now)
                .set(PROJECT_GUESS.CONFIRMED_BY, caller.username())
                .set(PROJECT_GUESS.RESOLUTION, CONFIRMED)
                .execute();
        db.update(INDICATOR).set(INDICATOR.TARGET_NEEDS_REVIEW, false).where(INDICATOR.ID.eq(i.id())).execute();
    }

    /**
     * Saving a project reads every target anew; a target a person confirmed and that was not
     * changed since stays confirmed.
     */
    void keepTargetConfirmations(long projectId) {
        db.update(INDICATOR).set(INDICATOR.TARGET_NEEDS_REVIEW, false)
                .where(INDICATOR.PROJECT_ID.eq(projectId)).and(INDICATOR.TARGET_NEEDS_REVIEW.isTrue())
                .andExists(db.selectOne().from(PROJECT_GUESS)
                        .where(PROJECT_GUESS.INDICATOR_ID.eq(INDICATOR.ID))
                        .and(PROJECT_GUESS.FIELD.eq(GuessedField.INDICATOR_TARGET.name()))
                        .and(PROJECT_GUESS.GUESSED_VALUE.eq(INDICATOR.TARGET_TEXT)))
                .execute();
    }
}
