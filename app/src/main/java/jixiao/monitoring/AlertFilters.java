package jixiao.monitoring;

import jixiao.common.InvalidInputException;
import jixiao.common.Messages;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads the filter of an alert list from query parameters, refusing unknown values with 400. */
final class AlertFilters {

    /** The page's default and its choice "待处理": open and acknowledged alerts. */
    static final String LIVE = "LIVE";

    private AlertFilters() {
    }

    /**
     * @param liveByDefault whether a missing status means the live alerts (the page) rather than all (the API)
     */
    static AlertFilter of(Integer year, String unitCode, String status, String light, Long projectId, Integer page,
                          boolean liveByDefault) {
        return new AlertFilter(year, blankToNull(unitCode), statuses(status, liveByDefault), light(light), projectId,
                page == null ? 1 : page);
    }

    private static Set<AlertStatus> statuses(String status, boolean liveByDefault) {
        if (status == null || status.isBlank()) {
            return liveByDefault ? EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED) : Set.of();
        }
        String s = status.strip().toUpperCase(Locale.ROOT);
        if (s.equals(LIVE)) {
            return EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
        }
        if (s.equals("ALL")) {
            return Set.of();
        }
        try {
            return EnumSet.of(AlertStatus.valueOf(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", Messages.text("monitoring.alert.unknownStatus", status.strip()));
        }
    }

    private static Light light(String light) {
        if (light == null || light.isBlank()) {
            return null;
        }
        try {
            return Light.valueOf(light.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("light", Messages.text("monitoring.alert.unknownLight", light.strip()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
