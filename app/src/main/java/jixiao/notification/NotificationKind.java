package jixiao.notification;

/** What a notification tells of. Stored by name in {@code notification.kind}. */
public enum NotificationKind {
    REPORT_RETURNED, REPORT_APPROVED, EVALUATION_RETURNED, EVALUATION_APPROVED, RED_ALERT, DEADLINE, MONITORING_RUN_FINISHED
}
