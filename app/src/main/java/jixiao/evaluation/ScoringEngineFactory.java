package jixiao.evaluation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The scoring engines of the application, on the configured rulebooks. */
@Factory
class ScoringEngineFactory {

    /** The projects' engine: the one every project sheet, what-if and chart uses. */
    @Singleton
    ScoringEngine scoringEngine(EvaluationSettings settings) {
        return new ScoringEngine(settings.rulebook());
    }

    @Singleton
    ScoringEngines scoringEngines(ScoringEngine projects, EvaluationSettings settings) {
        return new ScoringEngines(projects, new ScoringEngine(settings.departmentRulebook()));
    }
}
