package org.mentorkit.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * PDF/UA-1 validation with veraPDF's own library (org.verapdf:validation-model, the "greenfield" parser, not PDFBox),
 * an independent reader of the PDFs we write. Returns the failed rules, each with its clause, test number, the rule's
 * description and where it failed first, so a failing test says what to fix.
 */
final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Every failed PDF/UA-1 rule of {@code pdf}, one line each ("7.18.4-1 (3 checks): description at location"). */
    static List<String> failedRules(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> firstFailure = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    firstFailure.putIfAbsent(rule, assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
            List<String> failed = new ArrayList<>();
            result.getFailedChecks().forEach((rule, count) -> {
                String id = rule.getClause() + "-" + rule.getTestNumber();
                failed.add(id + " (" + count + " checks): " + firstFailure.getOrDefault(id, ""));
            });
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant (" + result.getJobEndStatus() + ")");
            }
            return failed;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("veraPDF could not validate " + pdf + ": " + e, e);
        }
    }
}
