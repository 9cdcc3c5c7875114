package org.mentorkit.surveys.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.internal.Anonymiser;
import org.mentorkit.surveys.internal.Suppression;

/**
 * Codes every long-text answer with the codebook's themes (a manual code replaces the automatic ones), anonymises
 * the excerpts and collects the comments nobody and nothing coded.
 */
final class ThemeCoding {

    private final Cohort cohort;
    private final ReportSettings settings;
    private final Suppression suppression;

    ThemeCoding(Cohort cohort, ReportSettings settings, Suppression suppression) {
        this.cohort = cohort;
        this.settings = settings;
        this.suppression = suppression;
    }

    /** The themes of the comments in the sets. */
    ThemeSummary themes(List<ResponseSet> sets) {
        Anonymiser anonymiser = new Anonymiser(cohort.participants());
        Codebook codebook = settings.codebook();
        Map<String, List<String>> excerpts = new LinkedHashMap<>();
        codebook.themes().forEach(t -> excerpts.put(t.id(), new ArrayList<>()));
        List<UncodedComment> uncoded = new ArrayList<>();
        int comments = 0;
        for (ResponseSet set : sets) {
            for (Item item : set.instrument().items()) {
                if (item.kind() != ItemKind.LONG_TEXT) {
                    continue;
                }
                for (Response response : set.responses()) {
                    String text = response.single(item.id()).strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    comments++;
                    Optional<Set<String>> manual = settings.manualCodes()
                            .codes(set.instrument().id(), response.participantId(), item.id());
                    Set<String> codes = manual.orElseGet(() -> new LinkedHashSet<>(codebook.code(text)));
                    String excerpt = anonymiser.apply(text);
                    codes.forEach(code -> excerpts.computeIfAbsent(code, k -> new ArrayList<>()).add(excerpt));
                    if (codes.isEmpty() && manual.isEmpty()) {
                        uncoded.add(new UncodedComment(response.participantId(), set.instrument().id(), item.id(), excerpt));
                    }
                }
            }
        }
        List<ThemeResult> results = new ArrayList<>();
        for (Theme theme : codebook.themes()) {
            List<String> list = excerpts.get(theme.id());
            int count = list.size();
            boolean shown = !suppression.active() || count >= suppression.threshold();
            Figure figure = suppression.small(count) ? Figure.suppressed(comments) : Figure.of(count, comments);
            results.add(new ThemeResult(theme.id(), theme.label(), figure, shown ? list : List.of()));
        }
        return new ThemeSummary(comments, results, suppression.share(uncoded.size(), comments), suppression.active() ? List.of() : uncoded);
    }

}
