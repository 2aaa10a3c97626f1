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
        boolean mustChangePassword,
        @Version @Nullable Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Nullable String email,
        boolean emailNotifications,
        boolean emailDigest) {

    AppUser withChanges(String displayName, String passwordHash, Role role, boolean enabled, boolean mustChangePassword,
                        LocalDateTime now) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, 0, null, mustChangePassword, version,
                createdAt, now, email, emailNotifications, emailDigest);
    }

    /** The person's own settings: how they are named and told. */
    AppUser withSettings(String displayName, String email, boolean emailNotifications, boolean emailDigest, LocalDateTime now) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, failedLogins, lockedUntil,
                mustChangePassword, version, createdAt, now, email, emailNotifications, emailDigest);
    }

    AppUser withEmail(String email) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, failedLogins, lockedUntil,
                mustChangePassword, version, createdAt, updatedAt, email, emailNotifications, emailDigest);
    }
}
