package jixiao.evaluation;

import jixiao.project.ProjectKind;

/** The engine for each kind of sheet: projects and departments share the rules, not always the weights. */
record ScoringEngines(ScoringEngine project, ScoringEngine department) {

    ScoringEngine of(String kind) {
        return ProjectKind.DEPARTMENT.name().equals(kind) ? department : project;
    }
}
