/** The toolkit packet: Markdown, HTML and PDF documents from templates, with branding, charts and fillable forms. */
module org.mentorkit.export {
    requires transitive org.mentorkit.model;
    requires transitive org.mentorkit.matching;
    requires transitive org.mentorkit.curriculum;
    requires transitive org.mentorkit.surveys;
}
