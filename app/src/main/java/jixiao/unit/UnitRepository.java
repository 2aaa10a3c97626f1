package jixiao.unit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UnitRepository extends CrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(Collection<String> codes);

    Optional<Unit> findByName(String name);

    List<Unit> listOrderByCode();

    List<Unit> findByIdInOrderByCode(Collection<Long> ids);

    List<Unit> findByIdIn(Collection<Long> ids);
}
