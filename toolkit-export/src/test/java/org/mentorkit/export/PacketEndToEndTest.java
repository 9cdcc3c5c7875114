package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketEndToEndTest {

    @Test
    void writesEveryFormatOfThePilotPacket() throws Exception {
        var cohort = ExampleCohorts.pilotGrouped();
        Packet packet = PacketBuilder.forProgram(cohort.program()).cohort(cohort).build();
        Path out = ExampleCohorts.tempDir("e2e");
        List<Path> files = PacketWriter.write(packet, Branding.defaults(), EnumSet.allOf(OutputFormat.class), out);
        assertThat(files).isNotEmpty();
    }
}
