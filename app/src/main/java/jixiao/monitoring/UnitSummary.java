package jixiao.monitoring;

/** How many of a unit's (or a department's) projects show each light. */
public record UnitSummary(int green, int blue, int yellow, int red) {

    public static UnitSummary of(Iterable<Light> projectLights) {
        int[] counts = new int[Light.values().length];
        for (Light light : projectLights) {
            counts[light.ordinal()]++;
        }
        return new UnitSummary(counts[Light.GREEN.ordinal()], counts[Light.BLUE.ordinal()],
                counts[Light.YELLOW.ordinal()], counts[Light.RED.ordinal()]);
    }

    public int count(Light light) {
        return switch (light) {
            case GREEN -> green;
            case BLUE -> blue;
            case YELLOW -> yellow;
            case RED -> red;
        };
    }

    public int total() {
        return green + blue + yellow + red;
    }
}
