package jixiao.evaluation.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A change to the 自评报告: the version it was made from and the sections' texts (sections left out stay). */
@Serdeable
public record WrittenReportInput(@Nullable Long version, @Nullable List<SectionText> sections) {

    /** A blank text, or the drafted text unchanged, returns the section to being drafted from the data. */
    @Serdeable
    public record SectionText(@Nullable String key, @Nullable String text) {
    }
}
