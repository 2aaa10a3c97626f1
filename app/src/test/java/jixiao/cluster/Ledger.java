package jixiao.cluster;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the load was told: for each value written, the last one acknowledged (2xx) and those written
 * after it whose fate the writer could not know (cut, 502, 503). At the end the database must hold
 * the acknowledged value or one of the unknown ones; an acknowledged write may never be missing.
 */
final class Ledger {

    static final class Entry {
        String acknowledged;
        final Set<String> unknown = new LinkedHashSet<>();
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    synchronized void acknowledged(String key, String value) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        e.acknowledged = value;
        e.unknown.clear();
    }

    synchronized void unknown(String key, String value) {
        entries.computeIfAbsent(key, k -> new Entry()).unknown.add(value);
    }

    synchronized void record(String key, String value, LoadClient.Answer a) {
        if (a.ok()) {
            acknowledged(key, value);
        } else if (a.unknown()) {
            unknown(key, value);
        }
    }

    synchronized Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    /** Whether the value found is one the writers may have left there. */
    static boolean allows(Entry e, String found) {
        if (e.acknowledged != null && e.acknowledged.equals(found)) {
            return true;
        }
        return e.unknown.contains(found) || (e.acknowledged == null && found == null);
    }
}
