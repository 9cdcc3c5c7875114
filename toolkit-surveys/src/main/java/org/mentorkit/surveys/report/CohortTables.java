package org.mentorkit.surveys.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.surveys.internal.Suppression;

/** The cohort description's tables: one per vocabulary (with its under-represented line) and one per grouping. */
final class CohortTables {

    private final Cohort cohort;
    private final ReportSettings settings;
    private final Suppression suppression;
    private final ReportWording wording;

    CohortTables(Cohort cohort, ReportSettings settings, Suppression suppression) {
        this.cohort = cohort;
        this.settings = settings;
        this.suppression = suppression;
        this.wording = ReportWording.of(settings.language());
    }

    /** The tables for some people (the mentees, or the mentors). */
    List<AttributeTable> tables(List<Participant> people) {
        List<AttributeTable> tables = new ArrayList<>();
        Map<String, Cells> cellsOf = new LinkedHashMap<>();
        int n = people.size();
        for (Vocabulary vocabulary : cohort.program().vocabularies()) {
            List<Integer> counts = new ArrayList<>();
            List<String> labels = new ArrayList<>(vocabulary.values());
            for (String value : vocabulary.values()) {
                counts.add((int) people.stream().filter(p -> p.valuesOf(vocabulary.id()).contains(value)).count());
            }
            int notStated = (int) people.stream().filter(p -> p.valuesOf(vocabulary.id()).isEmpty()).count();
            if (notStated > 0) {
                labels.add(wording.text("cohort.not_stated"));
                counts.add(notStated);
            }
            List<Figure> figures = suppression.table(counts, n, !vocabulary.multiValued());
            List<CategoryRow> rows = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                rows.add(new CategoryRow(labels.get(i), figures.get(i)));
            }
            Cells cells = new Cells(labels, counts, figures, !vocabulary.multiValued());
            cellsOf.put(vocabulary.id(), cells);
            if (!vocabulary.underRepresented().isEmpty()) {
                rows.add(new CategoryRow(wording.text("cohort.under_represented", "values",
                        String.join(", ", vocabulary.underRepresented())),
                        subtotal(people, vocabulary.id(), vocabulary.underRepresented(), cells)));
            }
            tables.add(new AttributeTable(vocabulary.id(), vocabulary.label(), vocabulary.multiValued(), n, rows));
        }
        for (Grouping grouping : settings.groupings()) {
            Figure figure = subtotal(people, grouping.vocabularyId(), grouping.values(),
                    cellsOf.getOrDefault(grouping.vocabularyId(), new Cells(List.of(), List.of(), List.of(), false)));
            tables.add(new AttributeTable(grouping.vocabularyId(), grouping.label(), false, n,
                    List.of(new CategoryRow(grouping.label(), figure))));
        }
        return tables;
    }

    /** A vocabulary's cells: labels, true counts and the figures shown. */
    private record Cells(List<String> labels, List<Integer> counts, List<Figure> figures, boolean partition) {
    }

    /** People holding any of {@code values}, withheld when the vocabulary's shown cells would reveal a withheld one. */
    private Figure subtotal(List<Participant> people, String vocabularyId, List<String> values, Cells cells) {
        int count = (int) people.stream().filter(p -> p.valuesOf(vocabularyId).stream().anyMatch(values::contains)).count();
        Set<Integer> inside = new HashSet<>();
        for (int i = 0; i < cells.labels().size(); i++) {
            if (values.contains(cells.labels().get(i))) {
                inside.add(i);
            }
        }
        return suppression.subtotal(count, people.size(), cells.counts(), cells.figures(), inside, cells.partition());
    }

}
