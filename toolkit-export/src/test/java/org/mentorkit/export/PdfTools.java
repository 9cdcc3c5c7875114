package org.mentorkit.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent PDF readers of poppler-utils and qpdf (Debian packages {@code poppler-utils} and {@code qpdf},
 * which CI installs). A missing tool fails the test with the install command: it is never skipped.
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
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command[0] + " did not finish within 60 s");
            }
            int exit = process.exitValue();
            // qpdf --check exits 3 for warnings only; anything else non-zero is an error.
            if (exit != 0 && !(command[0].equals("qpdf") && exit == 3)) {
                fail(String.join(" ", command) + " exited with " + exit + ":\n" + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(command[0] + " is not installed; the PDF tests read PDFs with independent tools."
                    + " Install them with: apt-get install -y poppler-utils qpdf (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
