package org.mentorkit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacketStyleTests {

    @Test
    void tableHeaderTextIsWhiteOnDarkAndDarkOnLightAccents() {
        assertThat(PacketStyle.onColor("#2a7f7f")).isEqualTo("#ffffff");
        assertThat(PacketStyle.onColor("#1f3b5c")).isEqualTo("#ffffff");
        assertThat(PacketStyle.onColor("#b8860b")).isEqualTo("#1a1a1a");
        assertThat(PacketStyle.onColor("#ffd700")).isEqualTo("#1a1a1a");
    }
}
