package jixiao.evaluation.report;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static jixiao.db.Tables.SELF_EVALUATION_REPORT;
import static jixiao.db.Tables.SELF_EVALUATION_REPORT_SECTION;

/**
 * The stored texts of a project's 自评报告 (V14). Only sections a person edited, or all of them once the
 * report is frozen, have a row; callers have checked access and run inside their transaction.
 */
@Singleton
class WrittenReportStore {

    /** A section as stored: edited by a person, or the drafted text kept at approval. */
    record StoredSection(String body, boolean edited) {
    }

    record Stored(long id, long version, LocalDateTime frozenAt, Map<ReportSection, StoredSection> sections) {
    }

    private final DSLContext db;

    WrittenReportStore(DSLContext db) {
        this.db = db;
    }

    Optional<Stored> find(long projectId) {
        var report = db.selectFrom(SELF_EVALUATION_REPORT).where(SELF_EVALUATION_REPORT.PROJECT_ID.eq(projectId)).fetchOne();
        if (report == null) {
            return Optional.empty();
        }
        Map<ReportSection, StoredSection> sections = new EnumMap<>(ReportSection.class);
        db.selectFrom(SELF_EVALUATION_REPORT_SECTION).where(SELF_EVALUATION_REPORT_SECTION.REPORT_ID.eq(report.getId()))
                .forEach(s -> ReportSection.of(s.getSectionKey()).ifPresent(key ->
                        sections.put(key, new StoredSection(s.getBody(), Boolean.TRUE.equals(s.getEdited())))));
        return Optional.of(new Stored(report.getId(), report.getVersion(), report.getFrozenAt(), sections));
    }

    /** A new report row at version 1; the unique project_id refuses a second one made meanwhile. */
    long create(long projectId, String by, LocalDateTime now) {
        return db.insertInto(SELF_EVALUATION_REPORT)
                .set(SELF_EVALUATION_REPORT.PROJECT_ID, projectId).set(SELF_EVALUATION_REPORT.VERSION, 1L)
                .set(SELF_EVALUATION_REPORT.UPDATED_BY, by)
                .set(SELF_EVALUATION_REPORT.CREATED_AT, now).set(SELF_EVALUATION_REPORT.UPDATED_AT, now)
                .returningResult(SELF_EVALUATION_REPORT.ID).fetchOne(SELF_EVALUATION_REPORT.ID);
    }

    /** Moves the report to the next version when it is still at {@code version}; false when someone saved first. */
    boolean bump(long id, long version, String by, LocalDateTime now) {
        return db.update(SELF_EVALUATION_REPORT)
                .set(SELF_EVALUATION_REPORT.VERSION, version + 1)
                .set(SELF_EVALUATION_REPORT.UPDATED_BY, by).set(SELF_EVALUATION_REPORT.UPDATED_AT, now)
                .where(SELF_EVALUATION_REPORT.ID.eq(id)).and(SELF_EVALUATION_REPORT.VERSION.eq(version))
                .execute() == 1;
    }

    void freeze(long id, LocalDateTime now) {
        db.update(SELF_EVALUATION_REPORT).set(SELF_EVALUATION_REPORT.FROZEN_AT, now)
                .where(SELF_EVALUATION_REPORT.ID.eq(id)).execute();
    }

    void put(long reportId, ReportSection section, String body, boolean edited, String by, LocalDateTime now) {
        db.insertInto(SELF_EVALUATION_REPORT_SECTION)
                .set(SELF_EVALUATION_REPORT_SECTION.REPORT_ID, reportId)
                .set(SELF_EVALUATION_REPORT_SECTION.SECTION_KEY, section.key())
                .set(SELF_EVALUATION_REPORT_SECTION.BODY, body).set(SELF_EVALUATION_REPORT_SECTION.EDITED, edited)
                .set(SELF_EVALUATION_REPORT_SECTION.UPDATED_BY, by).set(SELF_EVALUATION_REPORT_SECTION.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(SELF_EVALUATION_REPORT_SECTION.BODY, body).set(SELF_EVALUATION_REPORT_SECTION.EDITED, edited)
                .set(SELF_EVALUATION_REPORT_SECTION.UPDATED_BY, by).set(SELF_EVALUATION_REPORT_SECTION.UPDATED_AT, now)
                .execute();
    }

    void remove(long reportId, ReportSection section) {
        db.deleteFrom(SELF_EVALUATION_REPORT_SECTION)
                .where(SELF_EVALUATION_REPORT_SECTION.REPORT_ID.eq(reportId))
                .and(SELF_EVALUATION_REPORT_SECTION.SECTION_KEY.eq(section.key()))
                .execute();
    }
}
