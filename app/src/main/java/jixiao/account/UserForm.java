package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code {"username":"leting","password":"…","role":"BUREAU","unitCodes":["315001"],"email":"li@example.cn"}}. On update a
 * null password keeps the current one and a null field keeps its value.
 */
@Serdeable
public record UserForm(
        @Nullable String username,
        @Nullable String password,
        @Nullable String role,
        @Nullable List<String> unitCodes,
        @Nullable String displayName,
        @Nullable Boolean enabled,
        @Nullable String email) {
}
