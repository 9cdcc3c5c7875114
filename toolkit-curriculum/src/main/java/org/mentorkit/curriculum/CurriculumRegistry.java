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
 *
 * <p>A registry is immutable and may be shared between threads; it asks a provider for its curriculum on each call,
 * so the providers must allow that.
 */
public final class CurriculumRegistry {

    private final Map<String, CurriculumProvider> providers;

    private CurriculumRegistry(Map<String, CurriculumProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /**
     * The registry most applications want.
     *
     * @return the built-in default plus every provider found by {@link ServiceLoader} on the module path or class path
     * @throws ToolkitException with {@link ErrorCode#DUPLICATE_CURRICULUM} if two discovered providers claim one id
     */
    public static CurriculumRegistry discover() {
        return builder().build();
    }

    /**
     * Starts a registry whose sources the application chooses, e.g. only its own provider, without discovery.
     *
     * @return a builder with discovery and the built-in default on, and no provider registered
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists the curricula without loading any.
     *
     * @return the ids, built-in first, then discovered, then explicitly registered (an id replaced by an explicit
     *         provider keeps its place)
     */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /**
     * Finds the provider behind an id, e.g. to tell which plug-in supplies it.
     *
     * @param id a curriculum id, compared exactly
     * @return the provider, or empty when the registry has no curriculum with that id
     */
    public Optional<CurriculumProvider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /**
     * The validated curriculum with the given id, in English where its provider has a choice.
     *
     * @param id a curriculum id, compared exactly
     * @return the provider's curriculum, keeping every rule of {@link Curriculum#problems(String)}
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
     * @param id       a curriculum id, compared exactly
     * @param language the program's language; {@link Curriculum#language()} of the result says which one it got
     * @return the provider's curriculum, keeping every rule of {@link Curriculum#problems(String)}
     * @throws InvalidInputException when no provider has that id (with the closest id as a suggestion) or the
     *                               provider's curriculum breaks the curriculum rules, located by the provider's
     *                               class name
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
     *
     * @param idOrFile a curriculum id or the path of a curriculum file
     * @return the curriculum, validated
     * @throws InvalidInputException as {@link #curriculum(String)} for an id, as {@link CurriculumFiles#read} for a
     *                               file
     */
    public Curriculum curriculumOrFile(String idOrFile) {
        return curriculumOrFile(idOrFile, Language.ENGLISH);
    }

    /**
     * A curriculum by id for a program held in {@code language} ({@link #curriculum(String, Language)}), or read from a
     * JSON file when {@code idOrFile} names one; a file keeps its own texts and language.
     *
     * @param idOrFile a curriculum id, or the path of a curriculum file (ends in {@code .json} or is an existing file)
     * @param language the program's language, for a curriculum chosen by id
     * @return the curriculum, validated
     * @throws InvalidInputException as {@link #curriculum(String, Language)} for an id, as
     *                               {@link CurriculumFiles#read} for a file
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

        /**
         * Switches discovery: whether {@link #build()} looks providers up with {@link ServiceLoader}. An application
         * that wants exactly the curricula it registers switches it off.
         *
         * @param enabled true (the default) to discover providers
         * @return this builder
         */
        public Builder discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * Switches the built-in default curriculum ({@link DefaultCurriculum#ID}) in or out.
         *
         * @param enabled true (the default) to include it
         * @return this builder
         */
        public Builder builtIn(boolean enabled) {
            this.builtIn = enabled;
            return this;
        }

        /**
         * Registers a provider explicitly; it replaces a built-in or discovered one with the same id, and a later
         * registration replaces an earlier one.
         *
         * @param provider the provider; its {@link CurriculumProvider#id()} is read when the registry is built
         * @return this builder
         * @throws NullPointerException if {@code provider} is null
         */
        public Builder register(CurriculumProvider provider) {
            explicit.add(java.util.Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Builds the registry, running discovery now if it is on; the builder may be used again.
         *
         * @return an immutable registry
         * @throws ToolkitException with {@link ErrorCode#DUPLICATE_CURRICULUM} if two discovered providers claim one id
         */
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
