package org.mentorkit.export.internal;

import java.util.Optional;

/**
 * Width and height of a PNG or JPEG from its header alone, so that an image's size can be judged before anything
 * decodes its pixels (a 60,000 x 60,000 PNG is a few KB on disk and 14 GB in memory).
 */
final class ImageHeaders {

    private ImageHeaders() {
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** {width, height}, or empty when the bytes are neither a PNG nor a JPEG with a frame header. */
    static Optional<long[]> size(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            // The IHDR chunk comes first: length (4), "IHDR" (4), width (4), height (4).
            if (bytes.length < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
                return Optional.empty();
            }
            return Optional.of(new long[] {uint32(bytes, 16), uint32(bytes, 20)});
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return jpeg(bytes);
        }
        return Optional.empty();
    }

    private static Optional<long[]> jpeg(byte[] bytes) {
        int i = 2;
        while (i + 3 < bytes.length) {
            if ((bytes[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = bytes[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2; // markers without a length
                continue;
            }
            int length = uint16(bytes, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > bytes.length) {
                    return Optional.empty();
                }
                return Optional.of(new long[] {uint16(bytes, i + 7), uint16(bytes, i + 5)});
            }
            if (marker == 0xDA || marker == 0xD9 || length < 2) {
                return Optional.empty(); // image data or the end before any frame header
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | b[at + 3] & 0xFFL;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }
}
