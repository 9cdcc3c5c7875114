package org.mentorkit.export.internal;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mentorkit.export.TemplateException;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.input.TextDecoding;
import org.mentorkit.model.internal.text.MarkdownText;

/**
 * Logic-less Markdown templates (mustache.java) in strict mode: a variable the data does not provide is a
 * {@link TemplateException} naming the template, the line and the variable. {@code {{name}}} escapes for Markdown
 * (not for HTML, as plain Mustache would); {@code {{{markdown}}}} inserts text our own code already made safe.
 *
 * <p>Templates are looked up first in the society's folder ({@code --templates DIR}), then among the built-in ones.
 * The data is plain maps, lists, strings and booleans, so mustache.java never reflects on our classes (no
 * {@code opens} needed) and never falls back to a method of a map ({@code size}, {@code empty}).
 */
public final class Templates {

    /** Where the built-in templates are, as resources of this module. */
    static final String BUILT_IN = "/org/mentorkit/export/internal/templates/";

    private final Optional<Path> overrideDir;
    private final DefaultMustacheFactory factory;
    private final PacketTexts texts;
    /**
     * The text a {@code {{t:key}}} binding just produced: already Markdown (its arguments escaped), so it is written
     * as it is. Compared by identity, so that no participant string can pass for it.
     */
    private final ThreadLocal<String> formattedText = new ThreadLocal<>();

    public Templates(Optional<Path> overrideDir, PacketTexts texts) {
        this.overrideDir = overrideDir;
        this.texts = texts;
        this.factory = new DefaultMustacheFactory(this::reader) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    if (value == formattedText.get()) {
                        formattedText.remove();
                        writer.write(value);
                        return;
                    }
                    writer.write(MarkdownText.escape(value));
                } catch (IOException e) {
                    throw new ToolkitException(ErrorCode.IO, "could not write template output: " + e.getMessage(), e);
                }
            }
        };
        factory.setObjectHandler(new StrictObjectHandler(this));
    }

    /** Whether a template of that name exists (override or built-in). */
    public boolean exists(String name) {
        Reader reader = reader(name);
        if (reader == null) {
            return false;
        }
        closeQuietly(reader);
        return true;
    }

    /** The text of the template {@code name} (the society's override, else the built-in one); "" if there is none. */
    public String source(String name) {
        Reader reader = reader(name);
        if (reader == null) {
            return "";
        }
        try (Reader r = reader) {
            StringWriter text = new StringWriter();
            r.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new TemplateException(displayName(name), 0, "", "cannot read the template: " + e.getMessage());
        }
    }

    /** Where the template {@code name} comes from, for messages: the society's file, else the built-in name. */
    public String file(String name) {
        return displayName(name);
    }

    /** The names ({@code *.md}) in the override folder that are not built-in templates: a society's added documents. */
    public List<String> addedTemplates(Set<String> builtInNames) {
        if (overrideDir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(overrideDir.get())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.startsWith("_") && !builtInNames.contains(n))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TemplateException(overrideDir.get().toString(), 0, "", "cannot list the templates folder: " + e.getMessage());
        }
    }

    /** Fills the template {@code name} (e.g. {@code overview.md}) with the data. */
    public String fill(String name, Map<String, Object> data) {
        Mustache mustache;
        try {
            mustache = factory.compile(name);
        } catch (MustacheException e) {
            throw new TemplateException(displayName(name), 0, "", "cannot read the template: " + rootMessage(e));
        }
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, List.of(data));
        } catch (RuntimeException e) {
            Optional<BadText> badText = causeOf(e, BadText.class);
            if (badText.isPresent()) {
                BadText b = badText.get();
                throw new TemplateException(displayName(b.file), b.line, b.name, b.getMessage());
            }
            Optional<MissingVariable> missing = causeOf(e, MissingVariable.class);
            if (missing.isPresent()) {
                MissingVariable m = missing.get();
                throw new TemplateException(displayName(m.file), m.line, m.variable,
                        "the template uses {{" + m.variable + "}}, which is not a variable here (see docs/packet.md for the"
                                + " variables of each template)");
            }
            throw new TemplateException(displayName(name), 0, "", rootMessage(e));
        }
        return out.toString();
    }

    private String displayName(String name) {
        return overrideDir.map(d -> d.resolve(name)).filter(Files::isRegularFile).map(Path::toString).orElse(name);
    }

    private Reader reader(String name) {
        if (overrideDir.isPresent()) {
            Path file = overrideDir.get().resolve(name).normalize();
            if (file.startsWith(overrideDir.get()) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                // The one bounded input path: a folder, pipe or oversized file named like a template is an error.
                byte[] bytes = InputFiles.readBytes(file, Limits.TEMPLATE_BYTES, "a Mustache template (Markdown text)");
                return new StringReader(TextDecoding.decode(bytes, file.toString()));
            }
        }
        InputStream in = Templates.class.getResourceAsStream(BUILT_IN + name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * The text {@code {{t:key}}} (the template's own domain, {@code packet.template.<template name>}) or
     * {@code {{l:key}}} (the labels) in the packet's language, with the variables it names taken from the scopes.
     */
    private String text(String name, String file, int line, List<Object> scopes) {
        String domain = name.startsWith("l:") ? PacketTexts.LABELS : PacketTexts.TEMPLATE_PREFIX + templateName(file);
        try {
            String markdown = texts.markdown(domain, name.substring(2), scopes);
            formattedText.set(markdown);
            return markdown;
        } catch (IllegalArgumentException e) {
            throw new BadText(file, line, name, "the template uses {{" + name + "}}: " + e.getMessage()
                    + " (texts are in the domain " + domain + "; see docs/packet.md)");
        }
    }

    private static String templateName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Raised inside mustache.java's binding when a text does not exist or names a variable that does not. */
    private static final class BadText extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String file;
        final int line;
        final String name;

        BadText(String file, int line, String name, String message) {
            super(message, null, false, false);
            this.file = file;
            this.line = line;
            this.name = name;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // only opened to test existence
        }
    }

    /** Raised inside mustache.java's binding when a name is found in no scope. */
    private static final class MissingVariable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String file;
        final int line;
        final String variable;

        MissingVariable(String file, int line, String variable) {
            super("missing variable " + variable, null, false, false);
            this.file = file;
            this.line = line;
            this.variable = variable;
        }
    }

    /** mustache.java's handler, except that a name found in no scope fails instead of rendering as blank. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {

        private final Templates templates;

        StrictObjectHandler(Templates templates) {
            this.templates = templates;
        }

        @Override
        protected boolean areMethodsAccessible(Map<?, ?> map) {
            return false;
        }

        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            if (name != null && (name.startsWith("t:") || name.startsWith("l:"))) {
                return scopes -> templates.text(name, tc.file(), tc.line(), scopes);
            }
            Binding binding = super.createBinding(name, tc, code);
            // Our data never holds null, so only a null value needs the (slower) check for a missing name.
            return scopes -> {
                Object value = binding.get(scopes);
                if (value == null && find(name, scopes) instanceof MissingWrapper) {
                    throw new MissingVariable(tc.file(), tc.line(), name);
                }
                return value;
            };
        }
    }
}
