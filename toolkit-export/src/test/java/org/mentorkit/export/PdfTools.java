package org.mentorkit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.testing.ExternalTools;

/**
 * Runs the independent PDF readers of poppler-utils and qpdf (Debian packages {@code poppler-utils} and {@code qpdf},
 * which CI installs). Tests using them carry {@code @RequiresTools}: skipped where the tools are absent, failed in CI
 * ({@code MENTORKIT_REQUIRE_TOOLS=1}).
 */
final class PdfTools {

    private PdfTools() {
    }

    static String pdftotext(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    static String pdffonts(Path pdf) {
        return run("pdffonts", pdf.toString());
    }

    static String pdfinfo(Path pdf) {
        return run("pdfinfo", pdf.toString());
    }

    static String qpdfCheck(Path pdf) {
        return run("qpdf", "--check", pdf.toString());
    }

    static String qpdfOutlines(Path pdf) {
        return run("qpdf", "--json", "--json-key=outlines", pdf.toString());
    }

    /** Font lines of pdffonts whose "emb" column is not "yes". */
    static List<String> fontsNotEmbedded(String pdffontsOutput) {
        List<String> bad = new ArrayList<>();
        String[] lines = pdffontsOutput.split("\n");
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            // Columns: name type encoding emb sub uni object ID; name and type may contain spaces, emb is
            // the 5th field from the end.
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 6 || !fields[fields.length - 5].equals("yes")) {
                bad.add(line);
            }
        }
        return bad;
    }

    static String run(String... command) {
        // qpdf --check exits 3 for warnings only; anything else non-zero is an error.
        return command[0].equals("qpdf") ? ExternalTools.run(List.of(0, 3), command) : ExternalTools.run(command);
    }
}
