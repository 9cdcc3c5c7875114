package org.mentorkit.surveys.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jakarta.json.JsonValue;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;

/**
 * An instrument as a SurveyJS survey definition: one page per section; yes/no as {@code boolean}, single choice as
 * {@code radiogroup}, multiple choice as {@code checkbox}, Likert as {@code radiogroup} with the scale points as
 * choices, rating as {@code rating} with {@code rateMin}/{@code rateMax}, number as {@code text} with
 * {@code inputType: number} and {@code min}/{@code max}, short text {@code text}, long text {@code comment},
 * descriptive {@code html}. Question names are the item ids and choice values the codes, so SurveyJS results import
 * back with {@code survey import}. The instrument's participant-code item asks for the participant's code; an
 * instrument without one gets a first question {@code participant_id} for it.
 *
 * <p>In other languages ({@link #write(List)}): one language gives plain strings in it and the survey's
 * {@code locale}; several give one survey whose every text is a SurveyJS localizable string, an object keyed by
 * locale with {@code default} holding the first language's text (SurveyJS shows {@code default} when it has no text for
 * the selected locale: <a href="https://surveyjs.io/form-library/examples/survey-multilanguages/reactjs">SurveyJS,
 * "Multilanguage survey"</a>), and {@code locale} set to the first language. A translation not yet reviewed carries
 * its review mark as a first {@code html} element.
 */
public final class SurveyJsSurvey {

    /** The name of the question holding the participant id or code. */
    public static final String PARTICIPANT_ID = "participant_id";

    private SurveyJsSurvey() {
    }

    /**
     * The survey definition in English, as pretty-printed JSON.
     *
     * @param instrument the instrument
     * @return the SurveyJS JSON text
     * @throws org.mentorkit.model.InvalidInputException when the instrument is invalid
     */
    public static String write(Instrument instrument) {
        return write(List.of(LocalizedInstrument.of(instrument, Language.ENGLISH)));
    }

    /**
     * One survey in one or several languages: the same instrument in each (as {@link LocalizedInstrument#of} gives it),
     * the first language being the survey's own.
     *
     * @param versions the instrument in each language, the survey's own language first
     * @return the SurveyJS JSON text, pretty-printed
     * @throws IllegalArgumentException when there is no version, or the versions are not one instrument (other ids,
     *                                  items or codes)
     * @throws org.mentorkit.model.InvalidInputException when a version is invalid
     */
    public static String write(List<LocalizedInstrument> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no language to write the survey in");
        }
        List<Instrument> forms = withReviewMarks(versions);
        Instrument first = forms.get(0);
        for (Instrument other : forms) {
            InstrumentValidator.requireValid(other, "");
            requireSameForm(first, other);
        }
        Localized loc = new Localized(versions.stream().map(v -> locale(v.language())).toList());
        List<Texts> common = versions.stream()
                .map(v -> Translations.load().texts(LocalizedInstrument.EXPORT_DOMAIN, v.language())).toList();
        JsonArrayBuilder pages = Json.createArrayBuilder();
        Map<String, Item> byId = new HashMap<>();
        for (int s = 0; s < first.sections().size(); s++) {
            int section = s;
            JsonArrayBuilder elements = Json.createArrayBuilder();
            boolean askCode = s == 0 && first.item(Item.PARTICIPANT_CODE).isEmpty();
            List<Item> items = first.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                if (askCode && !items.get(i).id().equals(LocalizedInstrument.REVIEW_NOTE_ID)) {
                    // The code question comes first, after the review mark if there is one.
                    elements.add(Json.createObjectBuilder().add("type", "text").add("name", PARTICIPANT_ID)
                            .add("title", loc.of(common, t -> t.get("participant_code.title"))).add("isRequired", true));
                    askCode = false;
                }
                List<Item> item = forms.stream().map(f -> f.sections().get(section).items().get(index)).toList();
                elements.add(element(item, byId, loc, common));
                byId.put(items.get(i).id(), items.get(i));
            }
            JsonObjectBuilder page = Json.createObjectBuilder().add("name", "page" + (s + 1));
            if (!first.sections().get(s).title().isEmpty()) {
                page.add("title", loc.of(forms, f -> f.sections().get(section).title()));
            }
            pages.add(page.add("elements", elements));
        }
        JsonObjectBuilder survey = Json.createObjectBuilder();
        if (!versions.get(0).language().equals(Language.ENGLISH) || versions.size() > 1) {
            survey.add("locale", locale(versions.get(0).language()));
        }
        survey.add("title", loc.of(forms, Instrument::title));
        if (!first.description().isEmpty()) {
            survey.add("description", loc.of(forms, Instrument::description));
        }
        return pretty(survey.add("pages", pages).build());
    }

    /**
     * Each version with its review mark; when only some need one, the others get a note naming the languages whose
     * texts are machine translations (every version must have the same elements).
     */
    private static List<Instrument> withReviewMarks(List<LocalizedInstrument> versions) {
        List<String> unreviewed = versions.stream().filter(LocalizedInstrument::needsReview)
                .map(v -> v.language().tag()).toList();
        List<Instrument> forms = new ArrayList<>();
        for (LocalizedInstrument version : versions) {
            if (unreviewed.isEmpty() || version.needsReview()) {
                forms.add(version.withReviewMark());
                continue;
            }
            String note = Translations.load().texts(LocalizedInstrument.EXPORT_DOMAIN, version.language())
                    .format("review.others", "languages", String.join(", ", unreviewed));
            forms.add(LocalizedInstrument.withNote(version.instrument(), note));
        }
        return forms;
    }

    private static void requireSameForm(Instrument first, Instrument other) {
        List<String> a = first.items().stream().map(i -> i.id() + i.kind() + i.choices().stream().map(c -> c.code()).toList())
                .toList();
        List<String> b = other.items().stream().map(i -> i.id() + i.kind() + i.choices().stream().map(c -> c.code()).toList())
                .toList();
        if (!first.id().equals(other.id()) || !a.equals(b)) {
            throw new IllegalArgumentException("the versions of survey '" + first.id() + "' differ in their items or"
                    + " codes; only texts may differ between languages");
        }
    }

    /** SurveyJS's locale code: lower case ({@code pt-br}, as its Brazilian Portuguese dictionary is registered). */
    static String locale(Language language) {
        return language.tag().toLowerCase(Locale.ROOT);
    }

    private static JsonObjectBuilder element(List<Item> versions, Map<String, Item> earlier, Localized loc,
                                             List<Texts> common) {
        Item item = versions.get(0);
        JsonObjectBuilder element = Json.createObjectBuilder();
        switch (item.kind()) {
            case YES_NO -> element.add("type", "boolean")
                    .add("labelTrue", loc.of(versions, v -> v.choices().get(0).label()))
                    .add("labelFalse", loc.of(versions, v -> v.choices().get(1).label()))
                    .add("valueTrue", "1").add("valueFalse", "0");
            case SINGLE_CHOICE, LIKERT -> element.add("type", "radiogroup").add("choices", choices(versions, loc));
            case MULTIPLE_CHOICE -> element.add("type", "checkbox").add("choices", choices(versions, loc));
            case RATING -> element.add("type", "rating").add("rateMin", (int) item.bounds().min())
                    .add("rateMax", (int) item.bounds().max());
            case NUMBER -> element.add("type", "text").add("inputType", "number")
                    .add("min", item.bounds().min()).add("max", item.bounds().max())
                    .add("validators", numberValidators(item.bounds(), loc, common));
            case SHORT_TEXT -> element.add("type", "text");
            case LONG_TEXT -> element.add("type", "comment");
            case DESCRIPTIVE -> element.add("type", "html");
            default -> throw new IllegalStateException("unknown kind " + item.kind());
        }
        element.add("name", item.id());
        if (item.kind() == ItemKind.DESCRIPTIVE) {
            element.add("html", loc.of(versions, v -> "<p>" + escapeHtml(v.text()) + "</p>"));
        } else {
            element.add("title", loc.of(versions, Item::text));
        }
        if (!item.note().isEmpty()) {
            element.add("description", loc.of(versions, Item::note));
        }
        if (item.required()) {
            element.add("isRequired", true);
        }
        if (!item.showIf().isAlways()) {
            element.add("visibleIf", visibleIf(item, earlier));
        }
        return element;
    }

    /**
     * SurveyJS validators, so that the form refuses what the import would leave out: a {@code numeric} validator for
     * the range and a {@code regex} validator for whole numbers (or at most N decimals, point or comma).
     */
    private static JsonArrayBuilder numberValidators(org.mentorkit.surveys.Bounds bounds, Localized loc, List<Texts> common) {
        JsonArrayBuilder validators = Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "numeric")
                .add("minValue", bounds.min()).add("maxValue", bounds.max())
                .add("text", loc.of(common, t -> t.format("validator.range", "min", bounds.min(), "max", bounds.max()))));
        String pattern = bounds.decimals() == 0 ? "^-?[0-9]+$" : "^-?[0-9]+([.,][0-9]{1," + bounds.decimals() + "})?$";
        JsonValue text = bounds.decimals() == 0 ? loc.of(common, t -> t.get("validator.whole"))
                : loc.of(common, t -> t.format("validator.decimals", "decimals", bounds.decimals()));
        return validators.add(Json.createObjectBuilder().add("type", "regex").add("regex", pattern).add("text", text));
    }

    private static JsonArrayBuilder choices(List<Item> versions, Localized loc) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        for (int c = 0; c < versions.get(0).choices().size(); c++) {
            int index = c;
            choices.add(Json.createObjectBuilder().add("value", versions.get(0).choices().get(c).code())
                    .add("text", loc.of(versions, v -> v.choices().get(index).label())));
        }
        return choices;
    }

    /** A text in each language: a plain string for one language, a SurveyJS localizable string for several. */
    private record Localized(List<String> locales) {

        <T> JsonValue of(List<T> versions, Function<T, String> text) {
            if (versions.size() == 1) {
                return Json.createValue(text.apply(versions.get(0)));
            }
            JsonObjectBuilder strings = Json.createObjectBuilder().add("default", text.apply(versions.get(0)));
            for (int v = 0; v < versions.size(); v++) {
                strings.add(locales.get(v), text.apply(versions.get(v)));
            }
            return strings.build();
        }
    }

    private static String visibleIf(Item item, Map<String, Item> earlier) {
        List<String> terms = new ArrayList<>();
        for (Condition condition : item.showIf().conditions()) {
            Item target = earlier.get(condition.item());
            boolean multiple = target != null && target.kind() == ItemKind.MULTIPLE_CHOICE;
            terms.add("{" + condition.item() + "} " + (multiple ? "contains" : "=") + " '" + condition.code() + "'");
        }
        return String.join(item.showIf().any() ? " or " : " and ", terms);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String pretty(JsonObject object) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter out = new StringWriter();
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().strip() + "\n";
    }
}
