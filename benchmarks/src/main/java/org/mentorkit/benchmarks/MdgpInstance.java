package org.mentorkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentorkit.matching.core.GroupingInstance;

/** Reads an MDGPLIB instance: {@code n m ss|ds a1 b1 ... am bm}, then one {@code i j d} line per pair. */
final class MdgpInstance {

    private MdgpInstance() {
    }

    static GroupingInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(head[0]);
        int m = Integer.parseInt(head[1]);
        GroupingInstance.Builder b = GroupingInstance.builder(n, m);
        for (int g = 0; g < m; g++) {
            b.sizeBounds(g, Integer.parseInt(head[3 + 2 * g]), Integer.parseInt(head[4 + 2 * g]));
        }
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] t = line.split("\\s+");
            b.weight(Integer.parseInt(t[0]), Integer.parseInt(t[1]), Double.parseDouble(t[2]));
        }
        return b.build();
    }

    /** TPSDP's time limit for an instance of {@code n} items. */
    static double tpsdpSeconds(int n) {
        return n <= 120 ? 3 : n <= 240 ? 20 : n <= 480 ? 120 : 600;
    }
}
