package org.mentorkit.model.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.mentorkit.model.spi.TranslationProvider;

/**
 * Every translation mentorkit knows: the built-in ones of its modules and those of a society's plug-ins, found with
 * {@link ServiceLoader}. Asked for a domain in a language, it merges English, then each less specific form of the
 * language ({@code pt} before {@code pt-BR}), then the language itself; at each step a plug-in's texts override the
 * built-in texts key by key.
 */
public final class Translations {

    // Loaded once: providers are fixed for the life of the module layer, and loading reads every translation file.
    private static volatile Translations loaded;

    private final List<Translation> builtIn;
    private final List<Translation> plugIns;
    // Merged texts by domain and language: every document, calendar and report asks for the same few pairs many
    // times, and the registry never changes, so each pair is merged once.
    private final Map<String, Texts> merged = new java.util.concurrent.ConcurrentHashMap<>();

    private Translations(List<Translation> builtIn, List<Translation> plugIns) {
        this.builtIn = List.copyOf(builtIn);
        this.plugIns = List.copyOf(plugIns);
    }

    /**
     * The translations of every provider on the module path and class path, loaded on first use.
     *
     * @return the registry
     */
    public static Translations load() {
        Translations result = loaded;
        if (result == null) {
            synchronized (Translations.class) {
                result = loaded;
                if (result == null) {
                    result = loadFrom(ServiceLoader.load(TranslationProvider.class));
                    loaded = result;
                }
            }
        }
        return result;
    }

    /**
     * The translations of the providers a given class loader finds, not cached: for an embedding application that
     * loads plug-ins in its own class loader.
     *
     * @param loader the class loader to look for providers in
     * @return the registry
     */
    public static Translations load(ClassLoader loader) {
        return loadFrom(ServiceLoader.load(TranslationProvider.class, loader));
    }

    /**
     * A registry of exactly the given translations, all treated as built in (later ones override earlier ones).
     *
     * @param translations the translations
     * @return the registry
     */
    public static Translations of(List<Translation> translations) {
        return new Translations(translations, List.of());
    }

    /**
     * A registry of built-in translations with plug-in overrides, for tests and embedders.
     *
     * @param builtIn the built-in translations
     * @param plugIns translations overriding them key by key
     * @return the registry
     */
    public static Translations of(List<Translation> builtIn, List<Translation> plugIns) {
        return new Translations(builtIn, plugIns);
    }

    private static Translations loadFrom(ServiceLoader<TranslationProvider> providers) {
        List<Translation> builtIn = new ArrayList<>();
        List<Translation> plugIns = new ArrayList<>();
        List<TranslationProvider> sorted = new ArrayList<>();
        providers.forEach(sorted::add);
        // A stable order whatever the module path's order: plug-ins overriding each other must not depend on it.
        sorted.sort(Comparator.comparing(p -> p.getClass().getName()));
        for (TranslationProvider provider : sorted) {
            (provider.builtIn() ? builtIn : plugIns).addAll(provider.translations());
        }
        return new Translations(builtIn, plugIns);
    }

    /** @return every language with at least one domain, English included, sorted by tag */
    public Set<Language> languages() {
        Set<Language> languages = new TreeSet<>(Comparator.comparing(Language::tag));
        languages.add(Language.ENGLISH);
        all().forEach(t -> languages.add(t.language()));
        return languages;
    }

    /** @return every domain, sorted */
    public Set<String> domains() {
        return all().stream().map(Translation::domain).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Every translation of a domain, built-in ones first.
     *
     * @param domain the domain
     * @return the translations, each in one language
     */
    public List<Translation> translations(String domain) {
        return all().stream().filter(t -> t.domain().equals(domain)).toList();
    }

    /**
     * The texts of a domain in a language.
     *
     * @param domain   the domain
     * @param language the language
     * @return the texts, English standing in for keys the language lacks
     * @throws IllegalArgumentException when no translation has the domain in English (a mistake in the calling code)
     */
    public Texts texts(String domain, Language language) {
        return merged.computeIfAbsent(domain + "|" + language.tag(), key -> merge(domain, language));
    }

    private Texts merge(String domain, Language language) {
        Map<String, String> texts = new HashMap<>();
        Map<String, Provenance> sources = new HashMap<>();
        Map<String, Language> from = new HashMap<>();
        List<Language> chain = new ArrayList<>(language.fallbacks());
        java.util.Collections.reverse(chain);
        boolean english = false;
        for (Language step : chain) {
            for (List<Translation> layer : List.of(builtIn, plugIns)) {
                for (Translation t : layer) {
                    if (t.domain().equals(domain) && t.language().equals(step)) {
                        english |= step.equals(Language.ENGLISH);
                        t.texts().forEach((key, text) -> {
                            texts.put(key, text);
                            sources.put(key, t.provenance());
                            from.put(key, step);
                        });
                    }
                }
            }
        }
        if (!english) {
            throw new IllegalArgumentException("no English texts for translation domain '" + domain + "'");
        }
        Set<String> fallbacks = new HashSet<>();
        if (!language.equals(Language.ENGLISH)) {
            from.forEach((key, step) -> {
                if (step.equals(Language.ENGLISH)) {
                    fallbacks.add(key);
                }
            });
        }
        return new Texts(domain, language, texts, sources, fallbacks);
    }

    /**
     * Checks a language tag a user wrote against the languages known here.
     *
     * @param tag a BCP 47 tag
     * @return the language; a regional form of a known language ({@code es-MX}) is accepted and reads that language's
     *         texts
     * @throws IllegalArgumentException with a message for a user when the tag is malformed or no translation has it
     */
    public Language resolve(String tag) {
        Language language = Language.of(tag);
        Set<Language> known = languages();
        for (Language step : language.fallbacks()) {
            if (known.contains(step) && (!step.equals(Language.ENGLISH) || language.tag().startsWith("en"))) {
                return language;
            }
        }
        List<String> tags = known.stream().map(Language::tag).toList();
        throw new IllegalArgumentException("no translation into '" + tag + "'"
                + org.mentorkit.model.internal.text.Suggestions.expected(tag, tags)
                + " (a society can add a language with a translation plug-in: see docs/languages.md)");
    }

    /**
     * Compares every language with English, domain by domain: keys missing, keys extra, and texts whose message
     * pattern is broken or uses arguments the English text does not give.
     *
     * @return one gap per domain and language that has any, sorted by language then domain
     */
    public List<TranslationGap> check() {
        Map<String, Map<String, String>> englishByDomain = new TreeMap<>();
        Map<String, Map<Language, Map<String, String>>> others = new TreeMap<>();
        for (Translation t : all()) {
            if (t.language().equals(Language.ENGLISH)) {
                englishByDomain.computeIfAbsent(t.domain(), d -> new LinkedHashMap<>()).putAll(t.texts());
            } else {
                others.computeIfAbsent(t.domain(), d -> new TreeMap<>(Comparator.comparing(Language::tag)))
                        .computeIfAbsent(t.language(), l -> new LinkedHashMap<>()).putAll(t.texts());
            }
        }
        List<TranslationGap> gaps = new ArrayList<>();
        for (Language language : languages()) {
            if (language.equals(Language.ENGLISH)) {
                continue;
            }
            for (Map.Entry<String, Map<String, String>> domain : englishByDomain.entrySet()) {
                Map<String, String> english = domain.getValue();
                Map<String, String> own = others.getOrDefault(domain.getKey(), Map.of()).get(language);
                if (own == null && language.tag().contains("-")) {
                    continue; // a regional form (pt-BR) need not repeat what its language has: pt's gaps are reported
                }
                Map<String, String> translated = own == null ? Map.of() : own;
                List<String> missing = new ArrayList<>(new TreeSet<>(english.keySet()));
                missing.removeAll(translated.keySet());
                List<String> extra = new ArrayList<>(new TreeSet<>(translated.keySet()));
                extra.removeAll(english.keySet());
                for (String key : new TreeSet<>(translated.keySet())) {
                    if (english.containsKey(key) && !sameArguments(english.get(key), translated.get(key))) {
                        extra.add(key + " (arguments differ from English or the pattern is broken)");
                    }
                }
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    gaps.add(new TranslationGap(domain.getKey(), language, missing, extra));
                }
            }
            for (String domain : others.keySet()) {
                if (!englishByDomain.containsKey(domain) && others.get(domain).containsKey(language)) {
                    gaps.add(new TranslationGap(domain, language, List.of(),
                            List.of("(the whole domain: English has no texts for it)")));
                }
            }
        }
        return gaps;
    }

    // A translation may use fewer of the English text's arguments (a language without plurals) but no others; texts
    // that are not message patterns in English (Markdown templates with braces) are not compared.
    private static boolean sameArguments(String english, String translated) {
        if (english.indexOf('{') < 0) {
            return true;
        }
        Set<String> englishNames;
        try {
            englishNames = new MessageFormat(english).getArgumentNames();
        } catch (IllegalArgumentException notAPattern) {
            return true;
        }
        try {
            return englishNames.containsAll(new MessageFormat(translated).getArgumentNames());
        } catch (IllegalArgumentException broken) {
            return false;
        }
    }

    private List<Translation> all() {
        List<Translation> all = new ArrayList<>(builtIn);
        all.addAll(plugIns);
        return all;
    }
}
