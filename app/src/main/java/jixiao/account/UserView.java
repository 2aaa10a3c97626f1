package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.List;

@Serdeable
public record UserView(
        Long id,
        String username,
        @Nullable String displayName,
        String role,
        boolean enabled,
        List<String> unitCodes,
        @Nullable LocalDateTime lockedUntil,
        @Nullable String email) {
}
