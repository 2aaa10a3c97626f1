package jixiao.audit;

/**
 * The record an audit entry is about.
 *
 * @param type   a stable type code, e.g. {@code PROJECT}, {@code UNIT}, {@code USER}
 * @param unitId the unit whose data it is, so the trail can be filtered by unit; null for users
 */
public record AuditedRecord(String type, Long id, String name, Long unitId) {
}
