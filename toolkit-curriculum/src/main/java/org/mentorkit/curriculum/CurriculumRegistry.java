package org.mentorkit.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.mentorkit.curriculum.internal.Suggestions;
import org.mentorkit.curriculum.spi.CurriculumProvider;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.i18n.Language;

/**
 * The curricula an application can choose from, by id: the built-in default, providers found by
 * {@link ServiceLoader} (switchable off) and providers registered explicitly. An explicitly registered provider
 * replaces a discovered one with the same id; two discovered providers with one id are an error, since which one
 * wins would depend on the module path order.
 */
public final class CurriculumRegistry {

    private final Map<String, CurriculumProvider> providers;

    private CurriculumRegistry(Map<String, CurriculumProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /** The built-in default plus every provider on the module path or class path. */
    public static CurriculumRegistry discover() {
        return builder().build();
    }

    /** A builder; discovery and the built-in default are on unless switched off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ids of all curricula, built-in first, then discovered, then explicitly registered. */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** The provider with the given id. */
    public Optional<CurriculumProvider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /**
     * The validated curriculum with the given id.
     *
     * @throws InvalidInputException when no provider has that id (with the closest id as a suggestion) or the
     *                               provider's curriculum breaks the curriculum rules ({@link Curriculum#problems(String)})
     */
    public Curriculum curriculum(String id) {
        return curriculum(id, Language.ENGLISH);
    }

    /**
     * The validated curriculum with the given id for a program held in {@code language}: the built-in default in that
     * language where it has a translation, a plug-in's curriculum as its provider gives it for that language (by
     * default in its own language).
     *
     * @throws InvalidInputException when no provider has that id (with the closest id as a suggestion) or the
     *                               provider's curriculum breaks {@link CurriculumRules}
     */
    public Curriculum curriculum(String id, Language language) {
        CurriculumProvider provider = providers.get(id);
        if (provider == null) {
            throw new InvalidInputException("curriculum id '" + id + "'", "no such curriculum"
                    + Suggestions.hint(id, providers.keySet()) + "; available: " + String.join(", ", providers.keySet()));
        }
        Curriculum curriculum = provider.curriculum(language);
        return CurriculumRules.requireValid(curriculum, "curriculum '" + id + "' from " + provider.getClass().getName());
    }

    /**
     * A curriculum by id, or read from a JSON file when {@code idOrFile} names one (ends in {@code .json} or is an
     * existing file), so commands can take either.
     */
    public Curriculum curriculumOrFile(String idOrFile) {
        return curriculumOrFile(idOrFile, Language.ENGLISH);
    }

    /**
     * A curriculum by id for a program held in {@code language} ({@link #curriculum(String, Language)}), or read from a
     * JSON file when {@code idOrFile} names one; a file keeps its own texts and language.
     */
    public Curriculum curriculumOrFile(String idOrFile, Language language) {
        java.nio.file.Path path = java.nio.file.Path.of(idOrFile);
        if (idOrFile.endsWith(".json") || java.nio.file.Files.isRegularFile(path)) {
            return CurriculumFiles.read(path);
        }
        return curriculum(idOrFile, language);
    }

    /** Builds a {@link CurriculumRegistry}. */
    public static final class Builder {

        private boolean discovery = true;
        private boolean builtIn = true;
        private final List<CurriculumProvider> explicit = new ArrayList<>();

        private Builder() {
        }

        /** Whether to look providers up with {@link ServiceLoader} (default true). */
        public Builder discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /** Whether to include the built-in default curriculum (default true). */
        public Builder builtIn(boolean enabled) {
            this.builtIn = enabled;
            return this;
        }

        /** Registers a provider explicitly; it replaces a built-in or discovered one with the same id. */
        public Builder register(CurriculumProvider provider) {
            explicit.add(java.util.Objects.requireNonNull(provider, "provider"));
            return this;
        }

        public CurriculumRegistry build() {
            Map<String, CurriculumProvider> map = new LinkedHashMap<>();
            if (builtIn) {
                map.put(DefaultCurriculum.ID, new DefaultProvider());
            }
            if (discovery) {
                Map<String, CurriculumProvider> found = new LinkedHashMap<>();
                for (CurriculumProvider provider : ServiceLoader.load(CurriculumProvider.class)) {
                    CurriculumProvider earlier = found.putIfAbsent(provider.id(), provider);
                    if (earlier != null) {
                        throw new ToolkitException(ErrorCode.DUPLICATE_CURRICULUM, "two curriculum providers claim the id '"
                                + provider.id() + "': " + earlier.getClass().getName() + " and "
                                + provider.getClass().getName() + "; remove one from the module path");
                    }
                }
                map.putAll(found);
            }
            for (CurriculumProvider provider : explicit) {
                map.put(provider.id(), provider);
            }
            return new CurriculumRegistry(map);
        }
    }

    private static final class DefaultProvider implements CurriculumProvider {
        @Override
        public String id() {
            return DefaultCurriculum.ID;
        }

        @Override
        public Curriculum curriculum() {
            return DefaultCurriculum.load();
        }

        @Override
        public Curriculum curriculum(Language language) {
            return DefaultCurriculum.load(language);
        }
    }
}
