package org.mentorkit.surveys.report;

import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.LocalizedInstrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.Wave;
import org.mentorkit.surveys.internal.Suppression;

/**
 * Builds the evaluation report of a cohort from its response sets (one per wave): the cohort description, response
 * rates, per-item figures, paired pre/post comparisons and free-text themes, with suppression for public audiences.
 */
public final class ReportBuilder {

    private final Cohort cohort;
    private final ReportSettings settings;
    private final Suppression suppression;

    /** The report's wording; English for the built-in report. */
    private final Texts texts;

    private ReportBuilder(Cohort cohort, ReportSettings settings) {
        this.cohort = cohort;
        this.settings = settings;
        this.suppression = new Suppression(settings.audience(), settings.threshold());
        this.texts = Translations.load().texts(ReportWording.DOMAIN, settings.language());
    }

    /**
     * The report of the cohort's evaluation. A wave's response rate counts as invited everyone its instrument's
     * {@link org.mentorkit.surveys.Instrument#respondents()} names (all mentees, all mentors, or everyone in the
     * cohort). For {@link Audience#PUBLIC}, counts below the settings' threshold (and figures from which they could be
     * worked out) are withheld; comments appear only as anonymised excerpts of themes counted at or above the
     * threshold, and the uncoded comments (with participant ids) are left out.
     *
     * @param cohort   the cohort evaluated (its program's vocabularies describe it)
     * @param sets     the imported responses, one set per instrument (wave)
     * @param settings audience, threshold, codebook, manual codes, groupings and language
     * @return the report, its texts in the settings' language
     * @throws InvalidInputException when an instrument's responses are given more than once, a grouping names a
     *                               vocabulary or value the program does not have, or a manual code names a participant
     *                               or item the report does not cover
     */
    public static EvaluationReport build(Cohort cohort, List<ResponseSet> sets, ReportSettings settings) {
        GroupingRules.check(settings.groupings(), cohort.program());
        settings.manualCodes().requireKnown(cohort, sets);
        // In another language the instruments' texts and the codebook's labels are those of the translations; the
        // answers (codes) are the same in every language.
        List<ResponseSet> localized = sets.stream().map(s -> new ResponseSet(
                LocalizedInstrument.of(s.instrument(), settings.language()).instrument(), s.responses(), s.partial(),
                s.summary())).toList();
        ReportSettings labelled = new ReportSettings(settings.audience(), settings.threshold(),
                settings.codebook().labelled(settings.language()), settings.manualCodes(), settings.groupings(),
                settings.language());
        return new ReportBuilder(cohort, labelled).build(localized);
    }

    private EvaluationReport build(List<ResponseSet> sets) {
        rejectRepeatedInstruments(sets);
        List<ResponseSet> ordered = sets.stream()
                .sorted(java.util.Comparator.comparing((ResponseSet s) -> s.instrument().wave())).toList();
        CohortTables tables = new CohortTables(cohort, settings, suppression);
        CohortDescription description = new CohortDescription(cohort.mentees().size(), cohort.mentors().size(),
                tables.tables(cohort.mentees()), tables.tables(cohort.mentors()));
        List<WaveRate> rates = new ArrayList<>();
        List<ItemResult> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ResponseSet set : ordered) {
            Instrument instrument = set.instrument();
            int invited = invited(instrument);
            int returned = set.responses().size();
            rates.add(new WaveRate(instrument.id(), instrument.title(), instrument.wave(),
                    returned <= invited ? suppression.share(returned, invited) : Figure.of(returned, returned)));
            if (returned > invited) {
                notes.add(texts.format("note.more_than_invited", "instrument", instrument.id(), "returned", returned,
                        "invited", invited, "who", texts.format("respondents." + instrument.respondents().name())));
            }
            long partialCounted = set.responses().stream().filter(r -> !r.isComplete()).count();
            if (partialCounted > 0) {
                notes.add(texts.format("note.partial_counted", "instrument", instrument.id(), "partial", partialCounted,
                        "returned", returned));
            }
            if (!set.partial().isEmpty()) {
                notes.add(texts.format("note.partial_kept", "instrument", instrument.id(), "partial",
                        set.partial().size()));
            }
            List<ItemResult> results = new ArrayList<>();
            for (Item item : instrument.items()) {
                if (item.kind() == ItemKind.DESCRIPTIVE || item.isParticipantCode()) {
                    continue; // the participant code is identity, never an answer to report
                }
                ItemResult result = itemResult(instrument, item, set.responses());
                if (withholdItem(instrument, item, result, results)) {
                    leftOut.add(instrument.id() + ": " + item.text());
                } else {
                    results.add(result);
                }
            }
            items.addAll(results);
            if (!suppression.active()) {
                // row counts: committee only (the import's own summary line is in English, as the command prints it)
                notes.add(texts.format("note.import", "instrument", instrument.id(), "summary", set.summary().oneLine()));
            }
        }
        if (!leftOut.isEmpty()) {
            notes.add(texts.format("note.left_out", "threshold", settings.threshold(), "items", String.join("; ", leftOut)));
        }
        List<PairedComparison> paired = paired(ordered, notes);
        ThemeSummary themes = new ThemeCoding(cohort, settings, suppression).themes(ordered);
        notes.addAll(methodNotes());
        String programName = cohort.program().name();
        return new EvaluationReport(texts.format("title", "program", programName), programName, settings.audience(),
                settings.threshold(), description, rates, items, paired, themes, notes, settings.language().tag());
    }

    private int invited(Instrument instrument) {
        return switch (instrument.respondents()) {
            case MENTEES -> cohort.mentees().size();
            case MENTORS -> cohort.mentors().size();
            case EVERYONE -> cohort.participants().size();
        };
    }

    /** Two response sets of one instrument (the same wave given twice) would count people twice. */
    private static void rejectRepeatedInstruments(List<ResponseSet> sets) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ResponseSet set : sets) {
            if (!seen.add(set.instrument().id())) {
                throw new InvalidInputException("responses (" + String.join(", ", set.summary().files()) + ")",
                        "the responses to instrument '" + set.instrument().id() + "' are given more than once;"
                                + " give one responses file per wave (import several exports of a wave together)");
            }
        }
    }

    /**
     * In a public report an item's n is itself a count: withheld (with the item) when it is small, or when the item
     * is shown only after an answer whose count is withheld (its n would bound that count).
     */
    private boolean withholdItem(Instrument instrument, Item item, ItemResult result, List<ItemResult> earlier) {
        if (!suppression.active()) {
            return false;
        }
        if (suppression.small(result.answered())) {
            return true;
        }
        for (Condition condition : item.showIf().conditions()) {
            Optional<ItemResult> parent = earlier.stream().filter(r -> r.itemId().equals(condition.item())).findFirst();
            Optional<Item> parentItem = instrument.items().stream().filter(i -> i.id().equals(condition.item())).findFirst();
            if (parent.isEmpty() || parentItem.isEmpty()) {
                return true; // its parent was left out, or is unknown: its n could bound a withheld count
            }
            List<Choice> choices = parentItem.get().choices();
            for (int i = 0; i < choices.size() && i < parent.get().distribution().size(); i++) {
                if (choices.get(i).code().equals(condition.code()) && parent.get().distribution().get(i).figure().isSuppressed()) {
                    return true;
                }
            }
        }
        return false;
    }

    private ItemResult itemResult(Instrument instrument, Item item, List<Response> responses) {
        List<Response> answered = responses.stream().filter(r -> !r.answer(item.id()).isEmpty()).toList();
        int n = answered.size();
        Optional<Figure> headline = Optional.empty();
        String headlineLabel = "";
        List<CategoryRow> distribution = new ArrayList<>();
        Optional<Spread> spread = Optional.empty();
        if (item.kind().hasChoices()) {
            List<Integer> counts = new ArrayList<>();
            for (Choice choice : item.choices()) {
                counts.add((int) answered.stream().filter(r -> r.answer(item.id()).contains(choice.code())).count());
            }
            boolean partition = item.kind() != ItemKind.MULTIPLE_CHOICE;
            List<Figure> figures = suppression.table(counts, n, partition);
            for (int i = 0; i < counts.size(); i++) {
                distribution.add(new CategoryRow(item.choices().get(i).label(), figures.get(i)));
            }
            if (item.kind() == ItemKind.YES_NO) {
                headline = Optional.of(suppression.share(counts.get(0), n));
                headlineLabel = texts.format("headline.yes");
            } else if (item.kind() == ItemKind.LIKERT) {
                int points = counts.size();
                int top2 = counts.get(points - 1) + counts.get(points - 2);
                headline = Optional.of(suppression.subtotal(top2, n, counts, figures, java.util.Set.of(points - 2, points - 1),
                        true));
                headlineLabel = texts.format("headline.top2", "first", item.choices().get(points - 2).label(), "second",
                        item.choices().get(points - 1).label());
                List<Integer> positions = new ArrayList<>();
                for (Response r : answered) {
                    positions.add(position(item, r.single(item.id())));
                }
                // quartiles bound the cells (Q1 = 3 says at most a quarter lie below 3): none next to a withheld cell
                boolean anyHidden = figures.stream().anyMatch(Figure::isSuppressed);
                spread = anyHidden ? Optional.empty() : spread(positions);
            }
        } else if (item.kind().isNumeric()) {
            List<Double> values = answered.stream().map(r -> Double.parseDouble(r.single(item.id()).replace(',', '.'))).toList();
            spread = spread(values);
        }
        return new ItemResult(instrument.id(), instrument.wave(), item.id(), item.text(), item.kind(), item.construct(),
                item.kirkpatrickLevel(), n, headline, headlineLabel, distribution, spread);
    }

    private static int position(Item item, String code) {
        for (int i = 0; i < item.choices().size(); i++) {
            if (item.choices().get(i).code().equals(code)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("code " + code + " of " + item.id() + " was not checked on import");
    }

    private Optional<Spread> spread(List<? extends Number> values) {
        if (values.isEmpty() || suppression.active() && values.size() < suppression.threshold()) {
            return Optional.empty();
        }
        return Optional.of(new Spread(Statistics.quantile(values, 0.5), Statistics.quantile(values, 0.25),
                Statistics.quantile(values, 0.75)));
    }

    private List<PairedComparison> paired(List<ResponseSet> sets, List<String> notes) {
        List<PairedComparison> comparisons = new ArrayList<>();
        Optional<ResponseSet> before = sets.stream().filter(s -> s.instrument().wave() == Wave.PRE).findFirst();
        Optional<ResponseSet> after = sets.stream().filter(s -> s.instrument().wave() == Wave.POST).findFirst();
        if (before.isEmpty() || after.isEmpty()) {
            return comparisons;
        }
        for (Item late : after.get().instrument().items()) {
            if (late.pairingKey().isEmpty()) {
                continue;
            }
            Optional<Item> early = before.get().instrument().items().stream()
                    .filter(i -> i.pairingKey().equals(late.pairingKey())).findFirst();
            if (early.isEmpty()) {
                continue;
            }
            if (late.kind() != ItemKind.YES_NO || early.get().kind() != ItemKind.YES_NO) {
                notes.add(texts.format("note.unpaired_kind", "key", late.pairingKey(), "kind", late.kind().name()));
                continue;
            }
            Optional<PairedComparison> comparison = compare(late.pairingKey(), late.text(), before.get(), early.get(),
                    after.get(), late);
            if (comparison.isEmpty()) {
                notes.add(texts.format("note.too_few_pairs", "key", late.pairingKey(), "threshold", settings.threshold()));
            } else {
                comparisons.add(comparison.get());
            }
        }
        return comparisons;
    }

    /** The comparison; empty in a public report when fewer than threshold people answered both waves. */
    private Optional<PairedComparison> compare(String key, String text, ResponseSet before, Item early, ResponseSet after, Item late) {
        List<String> beforeAnswers = answersOf(before, early);
        List<String> afterAnswers = answersOf(after, late);
        Figure beforeUnpaired = suppression.share((int) beforeAnswers.stream().filter("1"::equals).count(), beforeAnswers.size());
        Figure afterUnpaired = suppression.share((int) afterAnswers.stream().filter("1"::equals).count(), afterAnswers.size());
        int yy = 0;
        int yn = 0;
        int ny = 0;
        int nn = 0;
        for (Response r : before.responses()) {
            String pre = r.single(early.id());
            Optional<Response> post = after.of(r.participantId());
            if (pre.isEmpty() || post.isEmpty() || post.get().single(late.id()).isEmpty()) {
                continue;
            }
            boolean yesBefore = pre.equals("1");
            boolean yesAfter = post.get().single(late.id()).equals("1");
            if (yesBefore && yesAfter) {
                yy++;
            } else if (yesBefore) {
                yn++;
            } else if (yesAfter) {
                ny++;
            } else {
                nn++;
            }
        }
        int pairs = yy + yn + ny + nn;
        if (suppression.small(pairs)) {
            return Optional.empty();
        }
        boolean hide = suppression.small(yy) || suppression.small(yn) || suppression.small(ny) || suppression.small(nn);
        if (hide) {
            return Optional.of(new PairedComparison(key, text, before.instrument().id(), after.instrument().id(),
                    beforeUnpaired, afterUnpaired, pairs, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
        }
        OptionalDouble exact = pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(Statistics.mcNemarExact(yn, ny));
        OptionalDouble mid = pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(Statistics.mcNemarMidP(yn, ny));
        return Optional.of(new PairedComparison(key, text, before.instrument().id(), after.instrument().id(),
                beforeUnpaired, afterUnpaired, pairs, OptionalInt.of(yy), OptionalInt.of(yn), OptionalInt.of(ny),
                OptionalInt.of(nn), exact, mid));
    }

    private static List<String> answersOf(ResponseSet set, Item item) {
        return set.responses().stream().map(r -> r.single(item.id())).filter(a -> !a.isEmpty()).toList();
    }

    private List<String> methodNotes() {
        List<String> notes = new ArrayList<>();
        notes.add(texts.format("method.proportions"));
        notes.add(texts.format("method.rate", "mentees", cohort.mentees().size(), "mentors", cohort.mentors().size()));
        notes.add(texts.format("method.paired"));
        notes.add(texts.format("method.likert"));
        notes.add(texts.format("method.themes"));
        if (!settings.language().equals(Language.ENGLISH)) {
            notes.add(texts.format("method.themes_language"));
        }
        if (suppression.active()) {
            notes.add(texts.format("method.public", "max", settings.threshold() - 1, "threshold", settings.threshold()));
        }
        return notes;
    }
}
