package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;

/** Issue 12: PacketBuilder.build applies the command line's checks to a branding built in code. */
class EntryPointValidationTests {

    @Test
    void aBrandFontThatIsNotAFontIsAnErrorNotASilentFallback(@TempDir Path dir) throws Exception {
        Path notAFont = Files.writeString(dir.resolve("Brand.ttf"), "not a font");
        Branding branding = new Branding("Society", Optional.empty(), "#1f3b5c", "#2a7f7f",
                List.of(new BrandFont("Brand", notAFont, 400, false)), List.of(), PageSize.A4, "en");
        assertThatThrownBy(() -> PacketBuilder.forProgram(DefaultProgram.pilot()).branding(branding)
                .documents(Set.of(DocumentKind.OVERVIEW)).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("branding: fonts[0].file: " + notAFont + " is not a TrueType or OpenType font");
    }
}
