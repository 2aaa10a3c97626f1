package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of submit, approve and return: the version the sender read (optional: when given, a
 * report changed since is refused with 409) and finance's comment (required to return).
 */
@Serdeable
public record ReviewInput(@Nullable Long version, @Nullable String comment) {

    public static final ReviewInput NONE = new ReviewInput(null, null);
}
