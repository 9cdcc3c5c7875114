/**
 * The mentorkit model: programs, participants, vocabularies, cohorts and groups, their validation, and their JSON and
 * CSV files.
 *
 * <p>Every other mentorkit module builds on this one; it depends on no other mentorkit module.
 */
module org.mentorkit.model {
    requires transitive jakarta.validation;
    requires transitive jakarta.json.bind;
    requires jakarta.json;
    requires java.logging;
    requires jakarta.el;
    requires org.hibernate.validator;
    requires org.eclipse.yasson;
    requires org.apache.commons.csv;

    exports org.mentorkit.model;
    exports org.mentorkit.model.io;

    // Hibernate Validator reads constrained record fields and creates our constraint validators reflectively.
    opens org.mentorkit.model to org.hibernate.validator, org.eclipse.yasson;
    opens org.mentorkit.model.internal to org.hibernate.validator;
}
