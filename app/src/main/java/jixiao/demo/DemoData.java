package jixiao.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.importing.ImportOptions;
import jixiao.importing.ImportResult;
import jixiao.importing.TargetTableImport;
import jixiao.project.ProjectService;
import jixiao.unit.UnitForm;
import jixiao.unit.UnitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * With {@code JIXIAO_DEMO=true}, an empty registry is filled at start with the five published seed
 * tables, imported as a clerk would import them, so a first look at jixiao has real data.
 */
@Singleton
@Requires(property = "jixiao.demo.enabled", value = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /**
     * seed, year, the unit chosen for tables without a unit code, and whether every table goes into that unit
     * whatever code it prints.
     */
    private record Seed(String file, int year, String unit, boolean intoUnit) {
    }

    // 乐亭 and 兴隆 both publish their 本级 unit as 315001 (codes are county-local): 兴隆 is registered as 315101
    // and its tables are imported into it, as a person would on the import page.
    private static final List<Seed> SEEDS = List.of(
            new Seed("leting-2024.txt", 2024, null, false),
            new Seed("xinglong-2025.txt", 2025, "315101", true),
            new Seed("pengyang-2024.txt", 2024, "640425", false),
            new Seed("binhai-2024.txt", 2024, null, false),
            new Seed("huadu-department.txt", 2024, "440114", false));

    private final TargetTableImport imports;
    private final ProjectService projects;
    private final UnitService units;

    DemoData(TargetTableImport imports, ProjectService projects, UnitService units) {
        this.imports = imports;
        this.projects = projects;
        this.units = units;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Caller system = Caller.system("demo");
        if (!projects.list(system, null, null).isEmpty()) {
            return;
        }
        units.findOrCreate(system, "640425", "彭阳县司法局本级", "彭阳县司法局");
        units.findOrCreate(system, "440114", "广州市花都区司法局", "广州市花都区司法局");
        units.create(system, new UnitForm("315001", "乐亭县司法局本级", "乐亭县司法局"));
        units.create(system, new UnitForm("315101", "兴隆县司法局本级", "兴隆县司法局"));
        for (Seed seed : SEEDS) {
            ImportResult result = imports.importText(system, read(seed.file()), seed.year(),
                    new ImportOptions(seed.unit(), seed.intoUnit(), false, false));
            LOG.info("Demo data: {} → {} tables stored", seed.file(), result.tableCount());
        }
    }

    private static String read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
