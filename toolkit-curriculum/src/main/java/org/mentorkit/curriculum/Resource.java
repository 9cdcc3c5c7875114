package org.mentorkit.curriculum;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * A public reference a session points to. A society's coordinator prints these in a handbook, so each one records how
 * and when it was checked to exist; the curriculum rules ({@link Curriculum#problems(String)}) reject a resource without that record.
 *
 * @param title       the title exactly as published
 * @param url         where to find it (for articles, the DOI link where there is one)
 * @param kind        article, video, toolkit, template, book, website or report
 * @param free        whether it can be read without paying or subscribing
 * @param citation    authors, journal, year and DOI for articles; the publishing organisation otherwise
 * @param description why it is in the session, in a sentence
 * @param lastChecked the date someone last confirmed the title and address
 * @param checkedHow  how it was confirmed, e.g. "search tool, pages corpus: https://..." or "opened in a browser"
 */
@JsonbPropertyOrder({"title", "url", "kind", "free", "citation", "description", "lastChecked", "checkedHow"})
public record Resource(
        String title,
        String url,
        ResourceKind kind,
        boolean free,
        String citation,
        String description,
        LocalDate lastChecked,
        String checkedHow) {

    /**
     * The resource as given, not yet checked (see {@link Curriculum#problems(String)}); absent texts (null) become "".
     *
     * @param title       the title exactly as published
     * @param url         where to find it (for articles, the DOI link where there is one)
     * @param kind        article, video, toolkit, template, book, website or report
     * @param free        whether it can be read without paying or subscribing
     * @param citation    authors, journal, year and DOI for articles; the publishing organisation otherwise
     * @param description why it is in the session, in a sentence
     * @param lastChecked the date someone last confirmed the title and address
     * @param checkedHow  how it was confirmed
     */
    public Resource {
        title = Values.orEmpty(title);
        url = Values.orEmpty(url);
        citation = Values.orEmpty(citation);
        description = Values.orEmpty(description);
        checkedHow = Values.orEmpty(checkedHow);
    }
}
