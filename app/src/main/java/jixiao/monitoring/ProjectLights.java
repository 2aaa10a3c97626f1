package jixiao.monitoring;

import java.util.List;

/**
 * All findings of one project at one monitoring date: its spend, its indicators, its report.
 * The project's light is the worst of them, GREEN when there are none.
 */
public record ProjectLights(List<Finding> findings) {

    public ProjectLights {
        findings = List.copyOf(findings);
    }

    public Light light() {
        Light worst = Light.GREEN;
        for (Finding finding : findings) {
            worst = worst.worse(finding.light());
        }
        return worst;
    }
}
