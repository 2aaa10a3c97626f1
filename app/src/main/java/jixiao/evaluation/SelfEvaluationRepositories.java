package jixiao.evaluation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The repositories of the self-evaluation aggregate. Package-private: everything goes through
 * {@link SelfEvaluationService}, which checks the caller may see the project first.
 */
final class SelfEvaluationRepositories {

    private SelfEvaluationRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Evaluations extends CrudRepository<SelfEvaluation, Long> {

        Optional<SelfEvaluation> findByProjectId(Long projectId);

        List<SelfEvaluation> findByProjectIdIn(Collection<Long> projectIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Lines extends CrudRepository<SelfEvaluationLine, Long> {

        List<SelfEvaluationLine> findByEvaluationId(Long evaluationId);

        List<SelfEvaluationLine> findByEvaluationIdIn(Collection<Long> evaluationIds);

        void deleteByEvaluationId(Long evaluationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface KeyTaskResults extends CrudRepository<KeyTaskResult, Long> {

        List<KeyTaskResult> findByEvaluationIdOrderByPosition(Long evaluationId);

        List<KeyTaskResult> findByEvaluationIdIn(Collection<Long> evaluationIds);

        void deleteByEvaluationId(Long evaluationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface FrozenProjectLines extends CrudRepository<FrozenProjectLine, Long> {

        List<FrozenProjectLine> findByEvaluationIdOrderByPosition(Long evaluationId);
    }
}
