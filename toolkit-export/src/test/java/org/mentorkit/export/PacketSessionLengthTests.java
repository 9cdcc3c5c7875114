package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Program;

/**
 * Review finding D2: the overview printed the program's {@code sessionMinutes} (45) beside session guides of the
 * curriculum's 60 minutes. The packet prints one length, the curriculum's, which the slots and calendars use (the CLI
 * refuses the conflict itself, {@code SessionMinutesCommandTests}).
 */
class PacketSessionLengthTests {

    @Test
    void thePacketPrintsOnlyTheCurriculumsSessionLength() {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        Program p = pilot.program();
        Cadence c = p.cadence();
        Program program = new Program(p.id(), p.name(), p.society(), p.description(), p.startDate(), p.lengthMonths(),
                new Cadence(c.kind(), c.interval(), c.weekOfMonth(), c.dayOfWeek(), 45, c.blackoutDates(), c.onBlackout()),
                p.deliveryMode(), p.groupPolicy(), p.matching(), p.vocabularies(), p.applicantColumns(),
                p.contactEmail(), p.language());
        Packet packet = PacketBuilder.forProgram(program).documents(Set.of(DocumentKind.OVERVIEW,
                DocumentKind.COORDINATOR_GUIDE, DocumentKind.MENTEE_HANDBOOK, DocumentKind.SESSION_GUIDES)).build();
        String markdown = EnglishLabels.normalise(PacketWriter.markdown(packet));
        assertThat(markdown.contains("45 minutes")).as("the program's 45 minutes, which no calendar uses").isFalse();
        assertThat(markdown).contains("6 sessions of about 60 minutes").contains("about 60 minutes, with the mentor");
    }
}
