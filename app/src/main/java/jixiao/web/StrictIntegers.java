package jixiao.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Whole numbers in JSON (a year, a month, a position) are taken only when they are whole: {@code "year": 2024.5}
 * is refused, where the default reading would quietly store 2024.
 */
@Singleton
class StrictIntegers implements Deserializer<Integer> {

    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
        BigDecimal value = decoder.decodeBigDecimal();
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw decoder.createDeserializationException("not a whole number: " + value.toPlainString(), value);
        }
    }

    @Override
    public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }
}
