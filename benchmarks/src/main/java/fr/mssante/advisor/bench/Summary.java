package fr.mssante.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code Summary JMH_JSON}: a Markdown table of a JMH run ({@code -rf json}) with the median, min and
 * max of all measured iterations of all forks (JMH itself prints the mean and a confidence interval,
 * which single-shot runs with few forks make meaningless).
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        System.out.println("| benchmark | params | mode | n (forks x iter.) | median | min | max | unit |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---|");
        for (JsonNode run : runs) {
            String name = run.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<String> params = new ArrayList<>();
            run.path("params").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("sample")) {
                    params.add(e.getValue().asText());
                }
            });
            List<Double> values = new ArrayList<>();
            JsonNode raw = run.path("primaryMetric").path("rawData");
            raw.forEach(fork -> fork.forEach(v -> values.add(v.asDouble())));
            Collections.sort(values);
            int n = values.size();
            double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d (%d x %d) | %s | %s | %s | %s |%n", name,
                    String.join(", ", params), run.path("mode").asText(), n, raw.size(),
                    raw.size() == 0 ? 0 : raw.get(0).size(), fmt(median), fmt(values.get(0)),
                    fmt(values.get(n - 1)), run.path("primaryMetric").path("scoreUnit").asText());
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
