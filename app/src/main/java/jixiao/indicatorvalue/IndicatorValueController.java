package jixiao.indicatorvalue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /api/indicator-values/parse {"text":"≥55场"}}: how jixiao reads a 指标值. */
@Controller("/api/indicator-values")
@Secured(SecurityRule.IS_AUTHENTICATED)
class IndicatorValueController {

    @Serdeable
    record ParseRequest(@Nullable String text, @Nullable Boolean costIndicator) {
    }

    @Post("/parse")
    TargetValue parse(@Body ParseRequest request) {
        return IndicatorValueParser.parse(request.text(), Boolean.TRUE.equals(request.costIndicator()));
    }
}
