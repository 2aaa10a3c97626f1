package jixiao.evaluation.report;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.audit.AuditTrail;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.common.Versions;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.SelfEvaluationReport;
import jixiao.evaluation.SelfEvaluationService;
import jixiao.evaluation.SelfEvaluationView;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The written 项目支出绩效自评报告 of a project: its sections drafted from the data, the sections a person
 * rewrote, and the .docx. Who may read it and when it may be changed follow the 自评表 (the same access check,
 * the same editable rule); once the 自评表 is approved the report is frozen and read-only.
 */
@Singleton
public class WrittenReportService {

    static final int MAX_TEXT = 20_000;

    /** Everything the .docx needs, read in one transaction. */
    public record Document(String filename, byte[] content) {
    }

    private final SelfEvaluationService evaluations;
    private final ProjectService projects;
    private final WrittenReportFreezer freezer;
    private final WrittenReportStore store;
    private final AuditTrail audit;
    private final Clock clock;

    WrittenReportService(SelfEvaluationService evaluations, ProjectService projects, WrittenReportFreezer freezer,
                         WrittenReportStore store, AuditTrail audit, Clock clock) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.freezer = freezer;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes when a sheet approved before reports existed is read for the first time (it is frozen then). */
    @Transactional
    public WrittenReportView get(Caller caller, long projectId) {
        return current(caller, projectId).view();
    }

    @Transactional
    public Document document(Caller caller, long projectId) {
        Current now = current(caller, projectId);
        List<SelfEvaluationReportDocument.Section> sections = now.view().sections().stream()
                .map(s -> new SelfEvaluationReportDocument.Section(ReportSection.of(s.key()).orElseThrow(), s.title(), s.text()))
                .toList();
        SelfEvaluationReport record = SelfEvaluationReport.of(now.sheet());
        byte[] content = SelfEvaluationReportDocument.write(record, now.sheet().year(), sections);
        return new Document(Messages.text(now.sheet().isDepartment() ? "writtenReport.department.file" : "writtenReport.file",
                String.valueOf(now.sheet().year()), now.sheet().projectName()), content);
    }

    @Transactional
    public WrittenReportView save(Caller caller, long projectId, WrittenReportInput input) {
        Current before = current(caller, projectId);
        if (before.view().readOnly() != null) {
            throw new ForbiddenException(before.view().readOnly());
        }
        Long version = input.version();
        if (version == null || version != before.view().version()) {
            throw new ConflictException(Messages.text("writtenReport.stale", Versions.shown(version),
                    Versions.shown(before.view().version())), before.view());
        }
        Map<ReportSection, String> texts = checked(input);
        LocalDateTime now = LocalDateTime.now(clock);
        WrittenReportStore.Stored stored = before.stored();
        long id;
        if (stored == null) {
            try {
                id = store.create(projectId, caller.username(), now);
            } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
                // someone saved the first edit meanwhile: the unique project_id let one of them through
                throw new ConflictException(Messages.text("writtenReport.stale", Versions.shown(version), "1"),
                        before.view());
            }
        } else {
            id = stored.id();
            if (!store.bump(id, stored.version(), caller.username(), now)) {
                throw new ConflictException(Messages.text("writtenReport.stale", Versions.shown(version),
                        Versions.shown(stored.version() + 1)), before.view());
            }
        }
        texts.forEach((section, text) -> {
            String drafted = normalized(before.drafted().get(section));
            if (text.isEmpty() || text.equals(drafted)) {
                store.remove(id, section);
            } else {
                store.put(id, section, text, true, caller.username(), now);
            }
        });
        Current after = current(caller, projectId);
        if (stored == null) {
            audit.created(caller, WrittenReportFreezer.record(id, before.project()), snapshot(after.view()));
        } else {
            audit.updated(caller, WrittenReportFreezer.record(id, before.project()), snapshot(before.view()),
                    snapshot(after.view()));
        }
        return after.view();
    }

    private record Current(ProjectDetails project, SelfEvaluationView sheet, WrittenReportStore.Stored stored,
                           Map<ReportSection, String> drafted, WrittenReportView view) {
    }

    private Current current(Caller caller, long projectId) {
        SelfEvaluationView sheet = evaluations.get(caller, projectId);
        ProjectDetails project = projects.get(caller, projectId);
        WrittenReportStore.Stored stored = store.find(projectId).orElse(null);
        EvaluationStatus status = EvaluationStatus.valueOf(sheet.status());
        if (status == EvaluationStatus.APPROVED && (stored == null || stored.frozenAt() == null)) {
            freezer.freeze(caller, project, sheet);
            stored = store.find(projectId).orElseThrow();
        }
        Map<ReportSection, String> drafted = freezer.draft(project, sheet);
        List<WrittenReportView.Section> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            WrittenReportStore.StoredSection kept = stored == null ? null : stored.sections().get(section);
            sections.add(kept == null
                    ? new WrittenReportView.Section(section.key(), section.title(sheet.isDepartment()), drafted.get(section),
                    false)
                    : new WrittenReportView.Section(section.key(), section.title(sheet.isDepartment()), kept.body(),
                    kept.edited()));
        }
        boolean frozen = stored != null && stored.frozenAt() != null;
        String readOnly = sheet.editable() && !frozen ? null : SelfEvaluationService.readOnlyReason(status);
        WrittenReportView view = new WrittenReportView(projectId, sheet.year(), sheet.projectName(),
                stored == null ? 0 : stored.version(), sheet.status(), readOnly == null, readOnly, frozen, sections,
                Messages.text(sheet.isDepartment() ? "writtenReport.department.title" : "writtenReport.title"));
        return new Current(project, sheet, stored, drafted, view);
    }

    private static Map<ReportSection, String> checked(WrittenReportInput input) {
        Map<ReportSection, String> texts = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<WrittenReportInput.SectionText> given = input.sections() == null ? List.of() : input.sections();
        for (int i = 0; i < given.size(); i++) {
            WrittenReportInput.SectionText s = given.get(i);
            ReportSection section = ReportSection.of(Objects.toString(s.key(), "")).orElse(null);
            if (section == null) {
                problems.add(new Problem("sections[" + i + "].key",
                        Messages.text("writtenReport.input.unknownSection", Objects.toString(s.key(), ""))));
                continue;
            }
            String text = normalized(s.text());
            if (text.length() > MAX_TEXT) {
                problems.add(new Problem("sections[" + i + "].text",
                        Messages.text("writtenReport.input.tooLong", section.title(), MAX_TEXT)));
                continue;
            }
            texts.put(section, text);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return texts;
    }

    /** Browsers post CR LF; a text differing only in line ends or outer blanks is the same text. */
    static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static Map<String, Object> snapshot(WrittenReportView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (WrittenReportView.Section s : view.sections()) {
            m.put(s.key(), s.edited() ? s.text() : "");
        }
        return m;
    }
}
