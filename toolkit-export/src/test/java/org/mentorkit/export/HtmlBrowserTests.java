package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.testing.ExternalTools;
import org.mentorkit.testing.RequiresTools;

/**
 * The demo's HTML packet in headless Chromium (Debian {@code chromium}) driven by npm {@code puppeteer-core}, with
 * npm {@code axe-core} (both installed into {@code src/test/browser} by {@code npm ci}, which .ci/run does): at 1280 px
 * and 390 px no horizontal overflow, the CJK and Arabic names drawn only with the page's own web fonts, 0 serious or
 * critical axe-core findings, and no request but the file itself. Screenshots are left in
 * {@code target/test-out/html-browser/} for a person to look at.
 */
@RequiresTools({"chromium", "node"})
class HtmlBrowserTests {

    static final Path BROWSER = Path.of("src/test/browser");

    @Test
    void theHtmlPacketIsSelfContainedResponsiveAndAccessible() throws Exception {
        check(Language.ENGLISH, "html-browser", "王秀英", "فاطمة الزهراء", "Nguyễn Thị Minh Khai");
    }

    /** The same packet in Japanese: its headings and body drawn with the page's own CJK font, and axe-core still green. */
    @Test
    void theJapaneseHtmlPacketIsSelfContainedAndAccessibleToo() throws Exception {
        check(Language.of("ja"), "html-browser-ja", "グループ名簿", "評価報告書", "王秀英");
    }

    private static void check(Language language, String folder, String... names) throws Exception {
        if (!Files.isDirectory(BROWSER.resolve("node_modules/puppeteer-core"))
                || !Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
            String message = "puppeteer-core and axe-core are not installed: run npm ci --prefix toolkit-export/src/test/browser";
            if (ExternalTools.toolsRequired()) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort).language(language);
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Path out = ExampleCohorts.tempDir(folder);
        PacketWriter.write(builder.responses(sets).build(), Branding.defaults(), EnumSet.of(OutputFormat.HTML), out);
        Path html = out.resolve("packet.html");
        // Alone in its folder: anything it would load from beside it is not there.
        Path alone = Files.createDirectories(out.resolve("alone")).resolve("packet.html");
        Files.copy(html, alone, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        List<String> command = new java.util.ArrayList<>(List.of("node", BROWSER.resolve("check-html.mjs").toString(), chromium(),
                alone.toString(), out.toString()));
        command.addAll(List.of(names));
        String result = run(command.toArray(String[]::new));
        assertThat(Files.readString(alone)).contains("<html lang=\"" + language.tag() + "\">");
        assertThat(result.strip()).as("problems found in Chromium").isEqualTo("ok");
        assertThat(out.resolve("html-390.png")).exists();
    }

    private static String chromium() throws Exception {
        return run("sh", "-c", "command -v chromium").strip();
    }

    /** Runs a command with a generous time limit (a browser with axe on a 30-page packet, on a busy machine). */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.util.concurrent.CompletableFuture<byte[]> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 5 minutes");
        }
        return new String(output.get(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
