package org.mentorkit.model.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void windowsDeviceNamesAreNeverAFileName() {
        for (String id : new String[] {"con", "CON", "aux", "NUL", "nul", "prn", "com1", "LPT9", "con.backup"}) {
            String name = FileNames.safe(id);
            assertThat(name.split("\\.")[0]).as(id).doesNotMatch("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");
        }
        assertThat(FileNames.safe("con")).isEqualTo("con_");
        assertThat(FileNames.safe("Console")).isEqualTo("Console");
    }

    @Test
    void reservedCharactersTrailingDotsAndHiddenNamesAreReplaced() {
        assertThat(FileNames.safe("a<b>c:d\"e/f\\g|h?i*j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
        assertThat(FileNames.safe("name. ")).isEqualTo("name._");
        assertThat(FileNames.safe("name..")).isEqualTo("name._");
        assertThat(FileNames.safe(".hidden")).isEqualTo("_.hidden");
        assertThat(FileNames.safe("")).isEqualTo("_");
        assertThat(FileNames.safe("tab\there\u0000")).isEqualTo("tab_here_");
    }

    @Test
    void longIdsAreShortenedButStayDistinct() {
        String a = FileNames.safe("x".repeat(300) + "a");
        String b = FileNames.safe("x".repeat(300) + "b");
        assertThat(a).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).isNotEqualTo(b);
    }

    @Test
    void namesThatDifferOnlyInCaseOrUnsafeCharactersStayApart() {
        Set<String> taken = new HashSet<>();
        assertThat(FileNames.unique("Ab", taken)).isEqualTo("Ab");
        assertThat(FileNames.unique("ab", taken)).isEqualTo("ab-2");
        assertThat(FileNames.unique("a/b", taken)).isEqualTo("a_b");
        assertThat(FileNames.unique("a_b", taken)).isEqualTo("a_b-2");
    }
}
