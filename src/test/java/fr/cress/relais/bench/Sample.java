package fr.cress.relais.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure, in milliseconds: median and 95th percentile. */
record Sample(List<Double> values) {

    static Sample of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurement");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Sample(List.copyOf(sorted));
    }

    static Sample single(double value) {
        return of(List.of(value));
    }

    double p50() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    double p95() {
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(values.size() * 0.95) - 1));
    }

    int runs() {
        return values.size();
    }
}
