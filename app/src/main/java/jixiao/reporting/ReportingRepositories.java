package jixiao.reporting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The repositories of reporting periods and period reports; reached only through this package's services. */
final class ReportingRepositories {

    private ReportingRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Periods extends CrudRepository<ReportingPeriod, Long> {

        Optional<ReportingPeriod> findByCode(String code);

        List<ReportingPeriod> findByFiscalYearOrderByEndMonth(Integer fiscalYear);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Reports extends CrudRepository<PeriodReport, Long> {

        Optional<PeriodReport> findByProjectIdAndPeriodId(Long projectId, Long periodId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Progress extends CrudRepository<ProgressRow, Long> {

        List<ProgressRow> findByReportId(Long reportId);

        void deleteByReportId(Long reportId);
    }
}
