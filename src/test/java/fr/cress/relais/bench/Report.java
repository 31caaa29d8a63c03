package fr.cress.relais.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run: printed as they come, then written as a Markdown table. */
final class Report {

    /** One line: what, on which store, the measure, its baseline, and the target it is held to. */
    record Line(String figure, String store, Sample value, String baselineName, Sample baseline, String target,
                Boolean met) {

        String ratio() {
            return baseline == null ? "—" : String.format(Locale.ROOT, "%.2f", value.p50() / baseline.p50());
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Line line) {
        lines.add(line);
        System.out.printf(Locale.ROOT, "%-58s %-7s %s  | %-32s %s  | ratio %s  | %s %s%n", line.figure(), line.store(),
                format(line.value()), line.baselineName() == null ? "" : line.baselineName(),
                line.baseline() == null ? "" : format(line.baseline()), line.ratio(), line.target(),
                line.met() == null ? "" : line.met() ? "MET" : "MISSED");
        System.out.flush();
    }

    void note(String text) {
        notes.add(text);
        System.out.println(text);
    }

    static String format(Sample s) {
        return s.runs() == 1 ? String.format(Locale.ROOT, "%.1f ms", s.p50())
                : String.format(Locale.ROOT, "%.1f ms (p95 %.1f, n=%d)", s.p50(), s.p95(), s.runs());
    }

    void write(Path file, String header) throws IOException {
        StringBuilder md = new StringBuilder(header).append("\n\n");
        md.append("| figure | store | median (p95) | baseline | baseline median (p95) | ratio | target | met |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            md.append("| ").append(l.figure()).append(" | ").append(l.store()).append(" | ").append(format(l.value()))
                    .append(" | ").append(l.baselineName() == null ? "—" : l.baselineName()).append(" | ")
                    .append(l.baseline() == null ? "—" : format(l.baseline())).append(" | ").append(l.ratio())
                    .append(" | ").append(l.target()).append(" | ")
                    .append(l.met() == null ? "—" : l.met() ? "yes" : "**no**").append(" |\n");
        }
        notes.forEach(n -> md.append("\n").append(n).append("\n"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }
}
