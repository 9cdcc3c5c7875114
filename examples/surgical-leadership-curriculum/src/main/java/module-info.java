/**
 * An example plug-in: a surgical-leadership curriculum that a society ships in its own module. mentorkit finds it
 * with {@link java.util.ServiceLoader}; {@code mentorkit curriculum list} then shows {@code surgical-leadership-4}.
 *
 * @provides org.mentorkit.curriculum.spi.CurriculumProvider
 */
module org.mentorkit.examples.surgical {
    requires org.mentorkit.curriculum;

    provides org.mentorkit.curriculum.spi.CurriculumProvider
            with org.mentorkit.examples.surgical.SurgicalLeadershipProvider;
}
