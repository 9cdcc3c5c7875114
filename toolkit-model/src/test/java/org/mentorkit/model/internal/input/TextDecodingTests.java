package org.mentorkit.model.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;

class TextDecodingTests {

    private static final String TEXT = "{\"name\": \"Zofia Łukasiewicz-Nguyễn, 王芳\"}\n";

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        return ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), "f")).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT,
                StandardCharsets.UTF_8), "f")).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16ByItsByteOrderMark() {
        assertThat(TextDecoding.decode(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE), "f"))
                .isEqualTo(TEXT);
        assertThat(TextDecoding.decode(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE), "f"))
                .isEqualTo(TEXT);
    }

    @Test
    void readsUtf16WithoutMarkWhenTheTextStartsWithAscii() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), "f")).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_16BE), "f")).isEqualTo(TEXT);
    }

    @Test
    void windows1252IsRefusedWithTheLineTheByteAndTheWayOut() {
        byte[] ansi = "{\n  \"name\": \"Ren\u00e9e\"\n}\n".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> TextDecoding.decode(ansi, "cohort.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cohort.json:2: is not UTF-8 text: byte 0xE9 ('\u00e9' in Windows-1252)")
                .hasMessageContaining("Windows-1252")
                .hasMessageContaining("save it as UTF-8")
                .hasMessageNotContaining("Input length")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void binaryIsRefusedAsNotText() {
        byte[] binary = {'{', 0x01, (byte) 0xFF, 0x02, (byte) 0xC3};
        assertThatThrownBy(() -> TextDecoding.decode(binary, "x.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.json:1: is not UTF-8 text: byte 0xFF");
    }

    @Test
    void utf32IsRefusedByName() {
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0};
        assertThatThrownBy(() -> TextDecoding.decode(utf32, "x.json")).hasMessageContaining("UTF-32");
    }

    @Test
    void brokenUtf16IsRefusedNotGuessed() {
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, '{', 0, 0x00, (byte) 0xDC};
        assertThatThrownBy(() -> TextDecoding.decode(broken, "x.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not valid UTF-16LE");
    }
}
