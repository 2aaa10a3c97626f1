package jixiao.monitoring;

import jixiao.common.Messages;

/**
 * A monitoring light (预警灯), declared from least to most severe. BLUE sits above GREEN: an
 * indicator far ahead of schedule needs a look too, its target may have been set too low.
 */
public enum Light {
    GREEN, BLUE, YELLOW, RED;

    /** The more severe of the two. */
    public Light worse(Light other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** The most severe of {@code lights}; GREEN when there are none. */
    public static Light worst(Light... lights) {
        Light worst = GREEN;
        for (Light light : lights) {
            worst = worst.worse(light);
        }
        return worst;
    }

    /** Where the lists put it: RED 0, YELLOW 1, BLUE 2, GREEN 3, as the severity columns of V17 compute it. */
    public int severity() {
        return RED.ordinal() - ordinal();
    }

    /** "红灯". */
    public String label() {
        return Messages.text("monitoring.light." + name());
    }
}
