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
        @Nullable String displayName,
        @Nullable String address,
        @Nullable String via,
        String action,
        String entityType,
        @Nullable Long entityId,
        @Nullable String entityName,
        @Nullable String unitCode,
        List<Change> changes) {

    /** The person as people know them: 姓名 (username), or the username where there is no 姓名 (the system). */
    public String who() {
        return displayName == null || displayName.isBlank() ? username : displayName.strip() + "（" + username + "）";
    }

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

    /**
     * A stored value as people read it: a status, role or yes/no code by its label (ACKNOWLEDGED → 已确认整改),
     * anything else as stored.
     */
    public String valueLabel(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "enabled" -> "true".equals(value) ? Messages.text("common.yes") : "false".equals(value) ? Messages.text("common.no") : value;
            case "role" -> Labels.orCode("role." + value, value);
            case "status" -> switch (entityType) {
                case "MONITORING_ALERT" -> Labels.orCode("monitoring.alertStatus." + value, value);
                case "SELF_EVALUATION" -> Labels.orCode("evaluation.status." + value, value);
                default -> value;
            };
            default -> value;
        };
    }

    @Serdeable
    public record Change(String field, @Nullable String oldValue, @Nullable String newValue) {

        /**
         * The field's label where the bundle has one ({@code budgetYuan} → 预算数（元）); an indicator or key task
         * of a snapshot ({@code indicator:产出指标/数量指标/…}) by what it is.
         */
        public String fieldLabel() {
            if (field.startsWith(INDICATOR)) {
                return Messages.text("audit.field.indicator", field.substring(INDICATOR.length()));
            }
            if (field.startsWith(KEY_TASK)) {
                return Messages.text("audit.field.keyTask", field.substring(KEY_TASK.length()));
            }
            return Labels.orCode("field." + field, field);
        }
    }

    private static final String INDICATOR = "indicator:";
    private static final String KEY_TASK = "keyTask:";
}
