package jixiao.importing;

import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectInput;
import jixiao.project.ProjectService;
import jixiao.project.ProjectSummary;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Excel in and out of the registry: exports exactly what {@link ProjectService} holds, in the caller's
 * scope, and the template whose example is 乐亭's 法制建设 table read from its published text.
 */
@Singleton
public class WorkbookExchange {

    /** The example of the template: a real published table, so it shows every part filled in. */
    private static final String TEMPLATE_SEED = "/seeds/leting-2024.txt";
    private static final String TEMPLATE_PROJECT = "法制建设";
    private static final int TEMPLATE_YEAR = 2024;

    public record Download(String filename, byte[] bytes) {
    }

    private final ProjectService projects;
    private final UnitService units;
    private final ProjectWorkbook workbook = new ProjectWorkbook();
    private volatile byte[] template;

    WorkbookExchange(ProjectService projects, UnitService units) {
        this.projects = projects;
        this.units = units;
    }

    public WorkbookRead read(byte[] bytes, String filename) {
        return workbook.read(bytes, filename);
    }

    /** One project; another unit's is "not found". */
    public Download project(Caller caller, long id) {
        ProjectDetails p = projects.get(caller, id);
        return new Download(Messages.text("workbook.file.project", p.year(), p.name()), workbook.write(List.of(p.toInput())));
    }

    /**
     * The projects the list shows for the same filter: of one unit and year, or all the caller may
     * see where a filter is left out. A unit the caller cannot see, or no project at all, is "not found".
     */
    public Download projects(Caller caller, Integer year, String unitCode) {
        String code = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        Optional<UnitView> unit = code == null ? Optional.empty() : units.find(caller, code);
        if (code != null && unit.isEmpty()) {
            throw new NotFoundException("unit " + code);
        }
        List<Long> ids = projects.list(caller, year, code).stream().map(ProjectSummary::id).toList();
        if (ids.isEmpty()) {
            throw new NotFoundException("no project for " + year + "/" + code);
        }
        List<ProjectInput> inputs = projects.getAll(caller, ids).stream().map(ProjectDetails::toInput).toList();
        String filename;
        if (unit.isPresent()) {
            filename = year == null ? Messages.text("workbook.file.unit", unit.get().name())
                    : Messages.text("workbook.file.unitYear", year, unit.get().name());
        } else {
            filename = year == null ? Messages.text("workbook.file.all") : Messages.text("workbook.file.year", year);
        }
        return new Download(filename, workbook.write(inputs));
    }

    public Download template() {
        byte[] bytes = template;
        if (bytes == null) {
            bytes = workbook.write(List.of(example()));
            template = bytes;
        }
        return new Download(Messages.text("workbook.file.template"), bytes);
    }

    /** 法制建设 as the text import reads it: the template shows what an import of it would store. */
    static ProjectInput example() {
        String text;
        try (InputStream in = WorkbookExchange.class.getResourceAsStream(TEMPLATE_SEED)) {
            if (in == null) {
                throw new IllegalStateException("template example missing from the classpath: " + TEMPLATE_SEED);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedTable table = TargetTableTextParser.parse(text).tables().stream()
                .filter(t -> TEMPLATE_PROJECT.equals(t.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException(TEMPLATE_PROJECT + " not found in " + TEMPLATE_SEED));
        return TableConversion.convert(table, TEMPLATE_YEAR, null, name -> Optional.empty()).input();
    }
}
