package jixiao.evaluation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The one scoring engine of the application, on the configured rulebook. */
@Factory
class ScoringEngineFactory {

    @Singleton
    ScoringEngine scoringEngine(EvaluationSettings settings) {
        return new ScoringEngine(settings.rulebook());
    }
}
