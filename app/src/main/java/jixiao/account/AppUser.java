package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jixiao.access.Role;

import java.time.LocalDateTime;

@MappedEntity("app_user")
record AppUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @Nullable String displayName,
        String passwordHash,
        Role role,
        boolean enabled,
        int failedLogins,
        @Nullable LocalDateTime lockedUntil,
        @Version @Nullable Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    AppUser withLoginFailure(int failedLogins, LocalDateTime lockedUntil, LocalDateTime now) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, failedLogins, lockedUntil, version, createdAt, now);
    }

    AppUser withChanges(String displayName, String passwordHash, Role role, boolean enabled, LocalDateTime now) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, 0, null, version, createdAt, now);
    }
}
