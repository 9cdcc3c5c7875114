package org.mentorkit.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.testing.ExternalTools;

/**
 * Running {@code availability_milp.py} from tests: with the Python of {@code ExternalTools}' "scipy" tool (Debian's
 * {@code /usr/bin/python3} with python3-scipy), which test classes declare with {@code @RequiresTools("scipy")}.
 */
final class MilpScript {

    private MilpScript() {
    }

    /** The Python that has SciPy's milp. */
    static String python() {
        return ExternalTools.known("scipy").orElseThrow().program();
    }

    /** The script, found from the module folder (Maven's working directory) or the repository root. */
    static String script() {
        for (String candidate : List.of("availability_milp.py", "benchmarks/availability_milp.py")) {
            Path path = Path.of(candidate).toAbsolutePath();
            if (Files.isRegularFile(path)) {
                return path.toString();
            }
        }
        throw new AssertionError("availability_milp.py not found from " + Path.of("").toAbsolutePath());
    }

    /**
     * Solves a cohort file (exit 0 required) and returns the figures it wrote with {@code --json}.
     *
     * @param options further options, such as {@code --sizes policy}
     */
    static JsonObject solve(Path cohort, Path figures, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(python(), script(), cohort.toString(), "--time-limit", "45",
                "--json", figures.toString())); // HiGHS stops before ExternalTools.run's 60 s timeout
        command.addAll(List.of(options));
        String printed = ExternalTools.run(command.toArray(String[]::new));
        JsonObject out = read(figures);
        if (!out.getString("status").equals("optimal")) {
            throw new AssertionError("not proved optimal:\n" + printed);
        }
        return out;
    }

    static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        }
    }
}
