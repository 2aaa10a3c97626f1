package jixiao.monitoring;

import jixiao.common.Messages;

import java.util.List;

/**
 * A bundle message not yet formatted. Findings carry one so that evaluating 200,000 projects does
 * not format 200,000 sentences nobody reads; {@link #text()} formats on demand. An argument may
 * itself be a Sentence (a date phrase inside a spend sentence).
 *
 * @param key  key in the message bundle
 * @param args MessageFormat arguments; numbers are shown plainly by {@link Messages}
 */
public record Sentence(String key, List<Object> args) {

    public Sentence {
        args = List.copyOf(args);
    }

    static Sentence of(String key, Object... args) {
        return new Sentence(key, List.of(args));
    }

    public String text() {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args.get(i);
            shown[i] = arg instanceof Sentence nested ? nested.text() : arg;
        }
        return Messages.text(key, shown);
    }
}
