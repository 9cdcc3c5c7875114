package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;

class TemplatesTests {

    final Program program = DefaultProgram.pilot();

    @Test
    void missingVariableIsAnErrorNamingTemplateAndVariable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("overview.md"), "# Overview\n\nRun by {{society}}.\n\nChair: {{chairName}}\n");
        assertThatThrownBy(() -> PacketBuilder.forProgram(program).templates(dir).build())
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.variable()).isEqualTo("chairName");
                    assertThat(e.template()).endsWith("overview.md");
                    assertThat(e.getMessage()).contains("overview.md:5").contains("{{chairName}}");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.code()).isEqualTo(ErrorCode.TEMPLATE);
                    // A society's template is input: one problem located at the file and line, like any other input.
                    assertThat(e).isInstanceOf(InvalidInputException.class);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.location()).isEqualTo(dir.resolve("overview.md") + ":5");
                        assertThat(p.message()).contains("{{chairName}}");
                    });
                });
    }

    @Test
    void missingSectionNameIsAnErrorToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("overview.md"), "# Overview\n\n{{#speakers}}x{{/speakers}}\n");
        assertThatThrownBy(() -> PacketBuilder.forProgram(program).templates(dir).build())
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.variable()).isEqualTo("speakers"));
    }

    @Test
    void societyOverridesATemplateAndAddsADocument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mentee-handbook.md"), "# Welcome to {{programName}}\n\n## Our own rules\n\nBe kind.\n");
        Files.writeString(dir.resolve("code-of-conduct.md"), "# Code of conduct\n\n## Respect\n\n{{society}} expects respect.\n");
        Packet packet = PacketBuilder.forProgram(program).templates(dir).build();
        PacketDocument handbook = packet.documents().stream().filter(d -> d.id().equals("mentee-handbook")).findFirst().orElseThrow();
        assertThat(handbook.title()).isEqualTo("Welcome to " + program.name());
        assertThat(handbook.sections()).extracting(Section::title).containsExactly("Our own rules");
        assertThat(packet.documents()).extracting(PacketDocument::id).contains("custom-code-of-conduct");
        PacketDocument cover = packet.documents().get(0);
        assertThat(cover.markdown()).contains("[Code of conduct](#custom-code-of-conduct)");
    }

    @Test
    void partialsResolveInTheSocietysFolderFirst(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("_signature.md"), "Signed: {{society}}\n");
        Files.writeString(dir.resolve("overview.md"), "# Overview\n\n{{> _signature}}\n");
        Packet packet = PacketBuilder.forProgram(program).templates(dir).documents(EnumSet.of(DocumentKind.OVERVIEW)).build();
        assertThat(packet.documents().get(0).intro()).isEqualTo("Signed: " + program.society());
    }

    @Test
    void documentsCanBeChosen() {
        Packet packet = PacketBuilder.forProgram(program).documents(EnumSet.of(DocumentKind.OVERVIEW, DocumentKind.SESSION_GUIDES)).build();
        assertThat(packet.documents()).extracting(PacketDocument::id).containsExactly("overview", "session-guides");
        PacketDocument sessions = packet.documents().get(1);
        assertThat(sessions.sections()).hasSize(6);
        assertThat(sessions.sectionsOnNewPages()).isTrue();
    }

    @Test
    void rostersWithoutCohortAreAnInputError() {
        assertThatThrownBy(() -> PacketBuilder.forProgram(program).documents(EnumSet.of(DocumentKind.ROSTERS)).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("rosters need a cohort"));
    }
}
