package jixiao.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Problem;

import java.util.List;

/**
 * The JSON body of every API error: a Chinese message, and for refused input every problem with
 * the field it concerns. A 409 adds the record as it is now.
 */
@Serdeable
public record ApiError(String message, List<Problem> problems, @Nullable Object current) {

    public static ApiError of(String message) {
        return new ApiError(message, List.of(), null);
    }
}
