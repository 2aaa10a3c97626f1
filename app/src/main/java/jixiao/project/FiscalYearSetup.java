package jixiao.project;

/**
 * What a fiscal year must have before its first project is stored: the year itself and its
 * reporting periods, which reports, monitoring (its missing-report alerts) and the year-end sheet
 * all depend on. The reporting feature owns the periods and implements this; the registry only
 * asks, so it does not depend on reporting.
 */
public interface FiscalYearSetup {

    /** Creates the year and its default periods unless they exist; harmless when run concurrently. */
    void ensureYear(int year);
}
