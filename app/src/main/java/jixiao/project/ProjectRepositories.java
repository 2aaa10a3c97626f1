package jixiao.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The repositories of the project aggregate. Package-private: other features reach projects only
 * through {@link ProjectService}, which applies the caller's unit scope.
 */
final class ProjectRepositories {

    private ProjectRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Projects extends CrudRepository<BudgetProject, Long> {

        Optional<BudgetProject> findByIdAndUnitIdIn(Long id, Collection<Long> unitIds);

        List<BudgetProject> findByIdIn(Collection<Long> ids);

        Optional<BudgetProject> findByFiscalYearAndCode(Integer fiscalYear, String code);

        Optional<BudgetProject> findByUnitIdAndFiscalYearAndName(Long unitId, Integer fiscalYear, String name);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PlanPoints extends CrudRepository<SpendPlanPoint, Long> {

        List<SpendPlanPoint> findByProjectIdOrderByMonth(Long projectId);

        List<SpendPlanPoint> findByProjectIdInOrderByMonth(Collection<Long> projectIds);

        void deleteByProjectId(Long projectId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Indicators extends CrudRepository<Indicator, Long> {

        List<Indicator> findByProjectIdOrderByPosition(Long projectId);

        List<Indicator> findByProjectIdInOrderByPosition(Collection<Long> projectIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface KeyTasks extends CrudRepository<KeyTask, Long> {

        List<KeyTask> findByProjectIdOrderByPosition(Long projectId);

        List<KeyTask> findByProjectIdInOrderByPosition(Collection<Long> projectIds);

        void deleteByProjectId(Long projectId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface BudgetLines extends CrudRepository<DepartmentBudgetLine, Long> {

        List<DepartmentBudgetLine> findByProjectId(Long projectId);

        List<DepartmentBudgetLine> findByProjectIdIn(Collection<Long> projectIds);

        void deleteByProjectId(Long projectId);
    }
}
