package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorkit.model.Participant;

/**
 * Takes the names and e-mail addresses of a cohort's participants (and any e-mail address at all) out of comment
 * excerpts: {@code [name]}, {@code [email]}. Names are matched as whole words, case-insensitively, longest first, so
 * "Ana Souza" becomes one {@code [name]}.
 */
public final class Anonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Set<String> TITLES = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "md", "phd", "de",
            "da", "van", "von", "del", "la", "le", "el", "al", "the");

    private final List<Pattern> names = new ArrayList<>();

    public Anonymiser(List<Participant> participants) {
        Set<String> words = new LinkedHashSet<>();
        for (Participant participant : participants) {
            String name = participant.displayName().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            if (name.isEmpty()) {
                continue;
            }
            words.add(name);
            for (String token : name.split("[\\s,]+")) {
                String word = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                if (word.length() >= 2 && !TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                    words.add(word);
                }
            }
        }
        words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> names.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")));
    }

    /** The text without e-mail addresses and participants' names. */
    public String apply(String text) {
        String result = EMAIL.matcher(text).replaceAll("[email]");
        for (Pattern name : names) {
            result = name.matcher(result).replaceAll("[name]");
        }
        return result.replaceAll("(?:\\[name\\]\\s*)+\\[name\\]", "[name]");
    }
}
