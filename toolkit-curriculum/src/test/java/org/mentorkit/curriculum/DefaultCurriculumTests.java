package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultCurriculumTests {

    private final Curriculum curriculum = DefaultCurriculum.load();

    @Test
    void hasSixSessionsThreeMentorLedAndThreePeerOnly() {
        assertThat(curriculum.id()).isEqualTo(DefaultCurriculum.ID);
        assertThat(curriculum.sessions()).hasSize(6);
        assertThat(curriculum.sessions()).filteredOn(s -> s.format() == SessionFormat.MENTOR_LED).hasSize(3);
        assertThat(curriculum.sessions()).filteredOn(s -> s.format() == SessionFormat.PEER_ONLY).hasSize(3);
        assertThat(curriculum.sessions().get(0).format()).isEqualTo(SessionFormat.MENTOR_LED);
        assertThat(curriculum.sessions().get(5).format()).isEqualTo(SessionFormat.MENTOR_LED);
    }

    @Test
    void passesTheCurriculumRules() {
        assertThat(CurriculumRules.problems(curriculum, "default")).isEmpty();
    }

    @Test
    void everySessionIsRunnableFromItsGuideAlone() {
        for (Session s : curriculum.sessions()) {
            assertThat(s.agendaMinutes()).as(s.id()).isEqualTo(s.durationMinutes());
            assertThat(s.objectives()).as(s.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(s.agenda()).as(s.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(s.prompts()).as(s.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(s.preWork()).as(s.id()).isNotEmpty();
            assertThat(s.activities()).as(s.id()).isNotEmpty();
            assertThat(s.facilitatorNotes()).as(s.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(s.resources()).as(s.id()).isNotEmpty();
            assertThat(s.competencies()).as(s.id()).isNotEmpty();
            assertThat(s.agenda()).allSatisfy(a -> assertThat(a.details()).as(s.id() + " " + a.title()).isNotBlank());
        }
    }

    @Test
    void coversTheTopicsThePilotNamed() {
        String titles = String.join(" | ", curriculum.sessions().stream().map(Session::title).toList()).toLowerCase();
        assertThat(titles).contains("kickoff", "compact", "signature talk", "self-advocacy", "negotiation",
                "work-life", "burnout", "networking", "visibility", "leadership", "career planning", "reflection");
    }

    @Test
    void everyResourceRecordsWhenAndHowItWasCheckedAndIsUnique() {
        Set<String> urls = new HashSet<>();
        List<Resource> all = curriculum.sessions().stream().flatMap(s -> s.resources().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        for (Resource r : all) {
            assertThat(r.lastChecked()).as(r.title()).isNotNull();
            assertThat(r.checkedHow()).as(r.title()).contains("search tool").contains("http");
            assertThat(r.url()).as(r.title()).startsWith("https://");
            assertThat(urls.add(r.url())).as("duplicate " + r.url()).isTrue();
            if (r.kind() == ResourceKind.ARTICLE) {
                // Articles are cited by a DOI we saw, and the URL is that DOI.
                assertThat(r.url()).startsWith("https://doi.org/10.");
                assertThat(r.citation()).contains("doi:" + r.url().substring("https://doi.org/".length()));
            }
        }
    }

    @Test
    void sessionIdsAreUnique() {
        assertThat(curriculum.sessions().stream().map(Session::id).distinct().count()).isEqualTo(6);
    }

    @Test
    void rendersAsMarkdownWithEveryPartOfEverySession() {
        String md = CurriculumMarkdown.render(curriculum);
        assertThat(md).startsWith("# Six-Month Facilitated Peer-Mentorship Curriculum");
        for (Session s : curriculum.sessions()) {
            assertThat(md).contains(s.agenda().get(0).details().substring(0, 20).replace("(", "(")
                    .replace("'", "'"));
        }
        assertThat(md).contains("## Session 1: Kickoff", "### Agenda", "| **60** | **Total** |", "### Pre-work",
                "### Discussion prompts", "### Facilitator notes", "### Resources", "<https://doi.org/10.1371/journal.pcbi.0030077>");
        assertThat(md.lines().filter(l -> l.startsWith("## Session ")).count()).isEqualTo(6);
    }

    @Test
    void jsonRoundTripGivesAnEqualCurriculum() {
        String json = CurriculumFiles.toJson(curriculum);
        assertThat(CurriculumFiles.parse(json, "round-trip")).isEqualTo(curriculum);
    }
}
