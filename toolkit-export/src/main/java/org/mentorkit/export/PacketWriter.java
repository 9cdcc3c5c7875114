package org.mentorkit.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mentorkit.export.internal.PacketRendering;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.io.AtomicFiles;

/**
 * Writes a packet to a folder: {@code packet.pdf}, {@code packet.html} and {@code markdown/NN-<document>.md} (with the
 * logo beside them). Everything is rendered before the first file is written, and each file is written atomically (a
 * reader never sees half a file).
 */
public final class PacketWriter {

    private PacketWriter() {
    }

    /**
     * Counts the pages of a PDF this module wrote (packet or handbook), for summaries.
     *
     * @param pdf the PDF file
     * @return its number of pages
     * @throws ToolkitException with {@link ErrorCode#IO} if the file cannot be read as a PDF
     */
    public static int pages(Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not read " + pdf + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the chosen formats and returns the files written. Every file is rendered in memory first ({@link #render});
     * only then are they written, each atomically and all staged before any is replaced
     * ({@link AtomicFiles#writeAll}), so a failure while rendering leaves the folder as it was.
     *
     * @param packet   the filled packet, from {@link PacketBuilder#build()}
     * @param branding the look to render it in (the same as the builder's, {@link PacketBuilder#branding()})
     * @param formats  the formats to write; an empty set writes nothing
     * @param folder   the output folder, created if missing; files of the same names are replaced
     * @return the files written, in the order written
     * @throws ToolkitException if a document cannot be rendered ({@link ErrorCode#PDF}) or a file cannot be read or
     *                          written ({@link ErrorCode#IO})
     */
    public static List<Path> write(Packet packet, Branding branding, Set<OutputFormat> formats, Path folder) {
        Map<Path, byte[]> outputs = render(packet, branding, formats, folder);
        AtomicFiles.writeAll(outputs);
        return List.copyOf(outputs.keySet());
    }

    /**
     * Every file of the chosen formats and its content, in the order {@link #write} writes them; writes nothing. For a
     * caller that writes these together with other files in one {@link AtomicFiles#writeAll}.
     *
     * @param packet   the filled packet
     * @param branding the look to render it in
     * @param formats  the formats to render
     * @param folder   the folder the paths are resolved against; not touched
     * @return each file's path and bytes: {@code markdown/NN-<document>.md} (and the logo), {@code packet.html},
     *         {@code packet.pdf}, as chosen
     * @throws ToolkitException if a document cannot be rendered or the logo cannot be read
     */
    public static Map<Path, byte[]> render(Packet packet, Branding branding, Set<OutputFormat> formats, Path folder) {
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        if (formats.contains(OutputFormat.MARKDOWN)) {
            Path markdown = folder.resolve("markdown");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < packet.documents().size(); i++) {
                names.add(String.format("%02d-%s.md", i, packet.documents().get(i).id()));
            }
            for (int i = 0; i < packet.documents().size(); i++) {
                String text = packet.documents().get(i).markdown();
                // In one HTML or PDF the contents link to anchors; as separate Markdown files they link to the files.
                for (int j = 0; j < names.size(); j++) {
                    text = text.replace("](#" + packet.documents().get(j).id() + ")", "](" + names.get(j) + ")");
                }
                outputs.put(markdown.resolve(names.get(i)), text.getBytes(StandardCharsets.UTF_8));
            }
            if (branding.logo().isPresent()) {
                Path logo = branding.logo().get();
                String name = logo.getFileName().toString();
                Path copy = markdown.resolve("logo" + name.substring(name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT));
                outputs.put(copy, readAll(logo));
            }
        }
        if (formats.contains(OutputFormat.HTML)) {
            outputs.put(folder.resolve("packet.html"), PacketRendering.html(packet, branding, false).getBytes(StandardCharsets.UTF_8));
        }
        if (formats.contains(OutputFormat.PDF)) {
            outputs.put(folder.resolve("packet.pdf"), PacketRendering.pdf(packet, branding));
        }
        return outputs;
    }

    /**
     * The whole packet as one Markdown text, e.g. for a preview.
     *
     * @param packet the filled packet
     * @return every document's {@link PacketDocument#markdown()}, in order, separated by blank lines
     */
    public static String markdown(Packet packet) {
        StringBuilder md = new StringBuilder();
        for (PacketDocument document : packet.documents()) {
            md.append(document.markdown()).append('\n');
        }
        return md.toString();
    }

    /**
     * Renders the packet as one self-contained HTML page (its styles, fonts and images inside it), as
     * {@code packet.html} is written.
     *
     * @param packet   the filled packet
     * @param branding the look to render it in
     * @return the HTML document, language-tagged with the packet's language
     * @throws org.mentorkit.model.InvalidInputException if the branding's logo is not a usable PNG or JPEG
     */
    public static String html(Packet packet, Branding branding) {
        return PacketRendering.html(packet, branding, false);
    }

    /**
     * Renders the packet as one PDF, as {@code packet.pdf} is written.
     *
     * @param packet   the filled packet
     * @param branding the look, fonts and page size to render it in
     * @return the PDF's bytes
     * @throws org.mentorkit.model.InvalidInputException if the branding's logo is not a usable PNG or JPEG
     * @throws ToolkitException with {@link ErrorCode#PDF} if it cannot be rendered
     */
    public static byte[] pdf(Packet packet, Branding branding) {
        return PacketRendering.pdf(packet, branding);
    }

    /**
     * Starts loading the layout engine in the background (classes, ICU's bidi data, the built-in fonts) by laying
     * out a tiny page, so that a command line run overlaps that work with reading its inputs. Failures are ignored:
     * the real rendering reports them.
     *
     * @return the background work ({@link CompletableFuture#runAsync(Runnable)}); it completes normally even when the
     *         warm-up failed
     */
    public static CompletableFuture<Void> warmUp() {
        return CompletableFuture.runAsync(() -> {
            try {
                Packet tiny = new Packet("warm-up", "mentorkit", "warm-up", "en", List.of(new PacketDocument("warm-up",
                        "Warm-up", "Ωμέγα Мир Việt محمد 王秀英 | *x*", List.of(), false, false)));
                PacketRendering.pdf(tiny, Branding.defaults());
            } catch (RuntimeException ignored) {
                // only a head start
            }
        });
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
