package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mentorkit.surveys.Bounds;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Respondents;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;
import org.mentorkit.surveys.ShowIf;
import org.mentorkit.surveys.Wave;

/** Random valid instruments survive instrument -> REDCap dictionary -> instrument, and the CSV parses as RFC 4180. */
class RedcapRoundTripPropertyTests {

    private static final String TEXT_CHARS = "abcXYZ ,;\"'|\\@=-_.()[]{}<>#*éü€中\n\r\t0129";
    private static final String LABEL_CHARS = "abcXYZ ,;\"'\\@=-_.()[]{}<>#*éü€中0129";

    /** Property over 300 generated instruments; a failure names its seed so it can be replayed. */
    @Test
    void randomInstrumentsRoundTrip() throws IOException {
        Random seeds = new Random(20261127L);
        for (int run = 0; run < 300; run++) {
            long seed = seeds.nextLong();
            try {
                roundTrips(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("instrument from seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void roundTrips(long seed) throws IOException {
        Instrument instrument = randomInstrument(new Random(seed));
        assertThat(InstrumentValidator.problems(instrument, "")).isEmpty();
        String csv = RedcapDictionary.write(instrument);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(18));
            assertThat(records).hasSize(instrument.items().size() + 2);
        }
        assertThat(RedcapDictionaryReader.parse(csv, "random.csv").instruments()).containsExactly(instrument);
    }

    static Instrument randomInstrument(Random random) {
        List<Section> sections = new ArrayList<>();
        List<Item> earlierWithChoices = new ArrayList<>();
        int itemNumber = 0;
        int sectionCount = 1 + random.nextInt(3);
        for (int s = 0; s < sectionCount; s++) {
            List<Item> items = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Item item = randomItem(random, "q" + itemNumber++ + (random.nextBoolean() ? "" : "X.y-z"), earlierWithChoices);
                items.add(item);
                if (item.kind().hasChoices()) {
                    earlierWithChoices.add(item);
                }
            }
            sections.add(new Section(random.nextBoolean() ? "" : text(random, LABEL_CHARS, 1 + random.nextInt(20)), items));
        }
        return new Instrument("form-" + random.nextInt(1000), "Title " + text(random, TEXT_CHARS, random.nextInt(30)),
                Wave.values()[random.nextInt(Wave.values().length)],
                Respondents.values()[random.nextInt(Respondents.values().length)], text(random, TEXT_CHARS, random.nextInt(40)),
                sections);
    }

    private static Item randomItem(Random random, String id, List<Item> earlier) {
        ItemKind kind = ItemKind.values()[random.nextInt(ItemKind.values().length)];
        List<Choice> choices = new ArrayList<>();
        if (kind == ItemKind.SINGLE_CHOICE || kind == ItemKind.MULTIPLE_CHOICE || kind == ItemKind.LIKERT) {
            int n = 2 + random.nextInt(6);
            for (int c = 0; c < n; c++) {
                String code = kind == ItemKind.MULTIPLE_CHOICE ? "c" + c : (random.nextBoolean() ? "-" : "") + c;
                choices.add(new Choice(code, "L" + text(random, LABEL_CHARS, random.nextInt(15))));
            }
        }
        Bounds bounds = null;
        if (kind == ItemKind.RATING) {
            int min = random.nextInt(5) - 2;
            bounds = Bounds.integers(min, min + 1 + random.nextInt(10));
        } else if (kind == ItemKind.NUMBER) {
            int decimals = random.nextInt(5);
            double min = Math.round(random.nextDouble() * 1000) / 10.0 - 50;
            bounds = new Bounds(min, min + 0.5 + random.nextInt(100), decimals);
        }
        ShowIf showIf = null;
        if (!earlier.isEmpty() && random.nextInt(3) == 0) {
            List<Condition> conditions = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int c = 0; c < n; c++) {
                Item target = earlier.get(random.nextInt(earlier.size()));
                conditions.add(new Condition(target.id(), target.choices().get(random.nextInt(target.choices().size())).code()));
            }
            showIf = new ShowIf(random.nextBoolean(), conditions);
        }
        boolean required = kind != ItemKind.DESCRIPTIVE && random.nextBoolean();
        return new Item(id, kind, "T" + text(random, TEXT_CHARS, random.nextInt(50)), random.nextBoolean() ? ""
                : text(random, TEXT_CHARS, random.nextInt(30)), required, choices, bounds, showIf,
                random.nextBoolean() ? "" : "construct " + random.nextInt(9), random.nextInt(5),
                random.nextBoolean() ? "" : "pair_" + id);
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
