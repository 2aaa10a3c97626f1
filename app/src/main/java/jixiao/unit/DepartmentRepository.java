package jixiao.unit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DepartmentRepository extends CrudRepository<Department, Long> {

    Optional<Department> findByName(String name);

    List<Department> findByIdIn(Collection<Long> ids);
}
