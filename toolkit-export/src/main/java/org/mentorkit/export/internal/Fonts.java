package org.mentorkit.export.internal;

import java.io.InputStream;
import org.mentorkit.model.ToolkitException;

/** The built-in fonts: DejaVu Sans from jasperreports-fonts, Droid Sans Fallback bundled with this module. */
public final class Fonts {

    static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    static final String DEJAVU_SANS_OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf";
    static final String DEJAVU_SANS_BOLD_OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-BoldOblique.ttf";
    static final String DROID_SANS_FALLBACK = "org/mentorkit/export/internal/fonts/DroidSansFallbackFull.ttf";

    private Fonts() {
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
            throw new ToolkitException("MK-FONT", "built-in font " + resource + " is missing from the installation");
        }
        return in;
    }
}
