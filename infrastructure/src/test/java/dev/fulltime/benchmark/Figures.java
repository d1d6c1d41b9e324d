package dev.fulltime.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every figure's value in each run; the table and the {@code RESULT name=value} lines give their medians. */
final class Figures {

    private final Map<String, List<Double>> runs = new LinkedHashMap<>();

    void record(String name, double value) {
        runs.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        System.out.printf("bench: %s = %.2f%n", name, value);
    }

    Map<String, Double> medians() {
        Map<String, Double> medians = new LinkedHashMap<>();
        runs.forEach((name, values) -> medians.put(name, median(values)));
        return medians;
    }

    String report(String heading) {
        StringBuilder out = new StringBuilder("\n").append(heading).append('\n');
        out.append(String.format("| %-24s | %14s | %s%n", "figure", "median", "runs"));
        out.append(String.format("|%s|%s|%s%n", "-".repeat(26), "-".repeat(16), "-".repeat(40)));
        runs.forEach((name, values) -> out.append(String.format("| %-24s | %14.2f | %s%n", name, median(values),
                values.stream().map(value -> String.format("%.2f", value)).toList())));
        medians().forEach((name, median) -> out.append(String.format("RESULT %s=%.2f%n", name, median)));
        return out.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
