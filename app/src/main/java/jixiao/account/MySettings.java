package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's own settings, {@code GET/PUT /api/me}: {@code {"displayName","email","emailNotifications","emailDigest"}}.
 * emailNotifications: mail at all; emailDigest: one mail a day instead of one per event. On PUT a null field keeps
 * its value.
 */
@Serdeable
public record MySettings(
        @Nullable String displayName,
        @Nullable String email,
        @Nullable Boolean emailNotifications,
        @Nullable Boolean emailDigest) {

    static MySettings of(AppUser user) {
        return new MySettings(user.displayName(), user.email(), user.emailNotifications(), user.emailDigest());
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", displayName);
        m.put("email", email);
        m.put("emailNotifications", emailNotifications);
        m.put("emailDigest", emailDigest);
        return m;
    }
}
