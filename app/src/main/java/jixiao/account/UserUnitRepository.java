package jixiao.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserUnitRepository extends CrudRepository<UserUnit, Long> {

    List<UserUnit> findByUserId(Long userId);

    List<UserUnit> findByUserIdIn(Collection<Long> userIds);

    void deleteByUserId(Long userId);
}
