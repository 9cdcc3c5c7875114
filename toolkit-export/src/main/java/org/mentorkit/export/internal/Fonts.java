package org.mentorkit.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/** The built-in fonts: DejaVu Sans from jasperreports-fonts, Droid Sans Fallback bundled with this module. */
public final class Fonts {

    static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    static final String DEJAVU_SANS_OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf";
    static final String DEJAVU_SANS_BOLD_OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-BoldOblique.ttf";
    static final String DROID_SANS_FALLBACK = "org/mentorkit/export/internal/fonts/DroidSansFallbackFull.ttf";

    /** Each font file read once per process. */
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    /**
     * Parsed fonts are not thread-safe, so a rendering thread holds one set of them while it renders and gives it back
     * afterwards ({@link #release()}); sets wait here for the next render on any thread. Holding them in a
     * thread-local for good would keep several MB per pooled thread of an embedding server for the life of the thread.
     */
    private static final Deque<Map<String, TrueTypeFont>> IDLE = new ConcurrentLinkedDeque<>();
    /** More idle sets than cores are never needed at once; beyond that they are dropped for the collector. */
    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ThreadLocal<Map<String, TrueTypeFont>> HELD = new ThreadLocal<>();

    private Fonts() {
    }

    /**
     * The parsed font, cached per thread: parsing DejaVu Sans and the 4 MB Droid Sans Fallback for every one of a
     * thousand handbooks costs more than laying them out.
     */
    static TrueTypeFont parsed(String resource) throws IOException {
        Map<String, TrueTypeFont> cache = HELD.get();
        if (cache == null) {
            Map<String, TrueTypeFont> idle = IDLE.pollFirst();
            cache = idle == null ? new HashMap<>() : idle;
            HELD.set(cache);
        }
        TrueTypeFont font = cache.get(resource);
        if (font == null) {
            byte[] bytes = BYTES.computeIfAbsent(resource, r -> {
                try (InputStream in = open(r)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new ToolkitException(ErrorCode.FONT, "could not read the built-in font " + r + ": " + e.getMessage(), e);
                }
            });
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            cache.put(resource, font);
        }
        return font;
    }

    /**
     * Gives back the parsed fonts this thread used, once the document that uses them is written. Every render calls
     * it when it ends, so no font stays attached to a thread.
     */
    public static void release() {
        Map<String, TrueTypeFont> held = HELD.get();
        HELD.remove();
        if (held == null) {
            return;
        }
        // Checking the size and adding must be one step, or threads releasing together all see room and overshoot.
        synchronized (IDLE) {
            if (IDLE.size() < MAX_IDLE) {
                IDLE.addFirst(held);
            }
        }
    }

    /** Whether this thread holds parsed fonts (for tests). */
    static boolean heldByThisThread() {
        return HELD.get() != null;
    }

    /** How many sets of parsed fonts wait for the next render (for tests). */
    static int idleSets() {
        return IDLE.size();
    }

    /** Whether the text holds a character that DejaVu Sans has no glyph for (CJK names, for example). */
    static boolean needsFallback(String text) throws IOException {
        var cmap = parsed(DEJAVU_SANS).getUnicodeCmapLookup();
        return text.codePoints().anyMatch(cp -> cp >= 0x250 && !Character.isWhitespace(cp) && cmap.getGlyphId(cp) == 0);
    }

    /**
     * Opens a built-in font: our own through our class (a named module's resources are encapsulated), the others
     * through the class loader. The jasperreports-fonts jar is an automatic module, whose packages are all open, so its
     * resources are found by name on the module path as on the class path.
     */
    public static InputStream open(String resource) {
        InputStream in = Fonts.class.getResourceAsStream("/" + resource);
        if (in == null) {
            in = Fonts.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new ToolkitException(ErrorCode.FONT, "built-in font " + resource + " is missing from the installation");
        }
        return in;
    }
}
