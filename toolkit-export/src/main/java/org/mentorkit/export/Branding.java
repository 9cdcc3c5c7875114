package org.mentorkit.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentorkit.export.internal.BrandingFiles;

/**
 * How a society dresses its packet: name, logo, colours, fonts, contact details, paper size and language. Read from
 * a branding folder with {@link #load(Path)}; see docs/packet.md for the folder's layout.
 *
 * @param societyName  the name on the cover and in the running header; "" to use the program's society
 * @param logo         an image (PNG or JPEG) for the cover, if any
 * @param primaryColor headings and chart bars, as {@code #rrggbb}
 * @param accentColor  rules, table headers and the cover band, as {@code #rrggbb}
 * @param fonts        the society's own fonts, tried before the built-in ones
 * @param contact      contact lines printed on the cover and in each guide (e.g. office, email, web site)
 * @param pageSize     A4 or Letter
 * @param language     "" (the default), or a regional form of the packet's language ({@code en-GB} for an English
 *                     packet) used for its dates, numbers and language tag; the language itself is the program's
 */
public record Branding(
        String societyName,
        Optional<Path> logo,
        String primaryColor,
        String accentColor,
        List<BrandFont> fonts,
        List<String> contact,
        PageSize pageSize,
        String language) {

    /**
     * The branding as given, its lists copied; the logo, colours and fonts are checked when a packet is built.
     *
     * @param societyName  the name on the cover and in the running header; "" to use the program's society
     * @param logo         an image (PNG or JPEG) for the cover, if any
     * @param primaryColor headings and chart bars, as {@code #rrggbb}
     * @param accentColor  rules, table headers and the cover band, as {@code #rrggbb}
     * @param fonts        the society's own fonts, tried before the built-in ones
     * @param contact      contact lines printed on the cover and in each guide
     * @param pageSize     A4 or Letter
     * @param language     "" (the default), or a regional form of the packet's language
     * @throws NullPointerException if a component is null
     */
    public Branding {
        Objects.requireNonNull(societyName, "societyName");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(primaryColor, "primaryColor");
        Objects.requireNonNull(accentColor, "accentColor");
        fonts = List.copyOf(fonts);
        contact = List.copyOf(contact);
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The look a packet has when the society gives none.
     *
     * @return dark blue ({@code #1f3b5c}) and teal ({@code #2a7f7f}), A4, no logo, no own fonts or contact lines, the
     *         program's society name and language
     */
    public static Branding defaults() {
        return new Branding("", Optional.empty(), "#1f3b5c", "#2a7f7f", List.of(), List.of(), PageSize.A4, "");
    }

    /**
     * Reads {@code branding.json} (and {@code logo.png}/{@code logo.jpg} when the file names no logo) from a folder.
     *
     * @param folder the branding folder; file paths in {@code branding.json} are relative to it
     * @return the branding, with defaults for what the file leaves out
     * @throws org.mentorkit.model.InvalidInputException listing every problem with its JSON path
     */
    public static Branding load(Path folder) {
        return BrandingFiles.read(folder);
    }

    /**
     * A copy with another page size and everything else the same, e.g. a Letter edition of an A4 packet.
     *
     * @param newPageSize the paper size
     * @return the new branding; this one is unchanged
     */
    public Branding withPageSize(PageSize newPageSize) {
        return new Branding(societyName, logo, primaryColor, accentColor, fonts, contact, newPageSize, language);
    }
}
