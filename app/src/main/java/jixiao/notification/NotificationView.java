package jixiao.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** One notification as the list and {@code GET /api/me/notifications} show it. */
@Serdeable
public record NotificationView(
        long id,
        String kind,
        String title,
        @Nullable String body,
        @Nullable String href,
        @Nullable String unitCode,
        @Nullable Long projectId,
        @Nullable String period,
        LocalDateTime createdAt,
        @Nullable LocalDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
