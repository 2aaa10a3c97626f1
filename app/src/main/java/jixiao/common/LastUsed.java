package jixiao.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded map that forgets what was used longest ago: for values derived from the database and keyed by
 * everything they depend on, so an entry is never wrong, only gone. Not for state that instances must share.
 */
public final class LastUsed<K, V> {

    private final Map<K, V> kept;

    public LastUsed(int capacity) {
        this.kept = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value kept for {@code key}, else {@code compute}'s, kept. Computed outside the lock: two threads that miss
     * at once both compute the same value, which is cheaper than making one wait for the other's database reads.
     */
    public V get(K key, Function<K, V> compute) {
        synchronized (kept) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = compute.apply(key);
        synchronized (kept) {
            kept.put(key, value);
        }
        return value;
    }
}
