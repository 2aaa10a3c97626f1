package jixiao.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Messages;

import java.time.LocalDateTime;
import java.util.List;

/** One audit entry: who did what to which record, and each changed field's old and new value. */
@Serdeable
public record AuditEntryView(
        Long id,
        LocalDateTime at,
        @Nullable Long userId,
        String username,
        @Nullable String address,
        @Nullable String via,
        String action,
        String entityType,
        @Nullable Long entityId,
        @Nullable String entityName,
        @Nullable String unitCode,
        List<Change> changes) {

    /** {@code token 月报脚本} (as {@link jixiao.access.Caller#via()} wrote it) → 经令牌“月报脚本”. */
    public String viaLabel() {
        return via != null && via.startsWith("token ") ? Messages.text("audit.viaToken", via.substring(6)) : via;
    }

    public String actionLabel() {
        return Labels.orCode("audit.action." + action, action);
    }

    public String entityTypeLabel() {
        return Labels.orCode("audit.type." + entityType, entityType);
    }

    @Serdeable
    public record Change(String field, @Nullable String oldValue, @Nullable String newValue) {

        /** The field's label where the bundle has one ({@code budgetYuan} → 预算数（元）). */
        public String fieldLabel() {
            return Labels.orCode("field." + field, field);
        }
    }
}
