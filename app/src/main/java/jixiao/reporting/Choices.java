package jixiao.reporting;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a choice as people and scripts send it: the constant name ({@code ACHIEVED}) or the Chinese
 * label the form shows ({@code 达成}).
 */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, Function<E, String> label) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || label.apply(e).equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
