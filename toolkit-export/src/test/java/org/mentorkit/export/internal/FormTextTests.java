package org.mentorkit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FormTextTests {

    private static final String JAPANESE = "最初のセッションの前に事前アンケートを、最後のセッションの後に事後アンケートを送ります。"
            + "それぞれリマインダーを2回送ってください。何人に依頼し、何人が回答したかを記録してください。";

    @Test
    void japaneseWrapsBetweenCharactersWithinTheWidthAndNeverBeforeClosingPunctuation() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream in = Fonts.open(Fonts.DEJAVU_SANS)) {
            FormText text = new FormText(document, PDType0Font.load(document, in, false), Locale.JAPANESE);
            List<String> lines = text.wrap(text.safe(JAPANESE), 10, 150);
            assertThat(lines).hasSizeGreaterThan(3);
            assertThat(String.join("", lines)).isEqualTo(JAPANESE);
            for (String line : lines) {
                assertThat(text.width(line, 10)).as(line).isLessThanOrEqualTo(150);
                assertThat(line).as("kinsoku: no line starts with closing punctuation").doesNotStartWith("。").doesNotStartWith("、");
            }
            assertThat(text.safe(JAPANESE)).doesNotContain("?");
        }
    }

    @Test
    void latinTextStillWrapsAtSpacesAndAnUnknownCharacterIsAQuestionMark() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream in = Fonts.open(Fonts.DEJAVU_SANS)) {
            FormText text = new FormText(document, PDType0Font.load(document, in, false), Locale.ENGLISH);
            List<String> lines = text.wrap("How confident are you negotiating your next career step today?", 10, 120);
            assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
            assertThat(String.join(" ", lines)).isEqualTo("How confident are you negotiating your next career step today?");
            assertThat(text.safe("a\uE000b")).isEqualTo("a?b");
        }
    }
}
