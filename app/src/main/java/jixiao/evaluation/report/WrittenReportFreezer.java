package jixiao.evaluation.report;

import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.evaluation.SelfEvaluationView;
import jixiao.project.ProjectDetails;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drafts a project's 自评报告 from the current data, and freezes it when the 自评表 is approved: every section
 * not edited by a person is stored as drafted at that moment, so that a later change in the data (a period
 * report's cause, the project's text) does not alter an approved report. The approval calls this in its own
 * transaction; a sheet approved before this existed is frozen at the first read after approval.
 */
@Singleton
public class WrittenReportFreezer {

    static final String AUDIT_TYPE = "SELF_EVALUATION_REPORT";

    private final WrittenReportStore store;
    private final PeriodReportNotes notes;
    private final AuditTrail audit;
    private final Clock clock;

    WrittenReportFreezer(WrittenReportStore store, PeriodReportNotes notes, AuditTrail audit, Clock clock) {
        this.store = store;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    Map<ReportSection, String> draft(ProjectDetails project, SelfEvaluationView sheet) {
        return ReportDraft.of(project, sheet, notes.of(project.id(), project.year()));
    }

    public void freeze(Caller caller, ProjectDetails project, SelfEvaluationView approved) {
        LocalDateTime now = LocalDateTime.now(clock);
        WrittenReportStore.Stored stored = store.find(project.id()).orElse(null);
        if (stored != null && stored.frozenAt() != null) {
            return;
        }
        long id;
        if (stored == null) {
            id = store.create(project.id(), caller.username(), now);
        } else {
            id = stored.id();
            store.bump(id, stored.version(), caller.username(), now);
        }
        Map<ReportSection, String> drafted = draft(project, approved);
        for (ReportSection section : ReportSection.values()) {
            if (stored == null || !stored.sections().containsKey(section)) {
                store.put(id, section, drafted.get(section), false, caller.username(), now);
            }
        }
        store.freeze(id, now);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("frozenAt", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("frozenAt", now);
        audit.transition(caller, "FREEZE", record(id, project), before, after);
    }

    static AuditedRecord record(long reportId, ProjectDetails project) {
        return new AuditedRecord(AUDIT_TYPE, reportId, project.name(), project.unitId());
    }
}
