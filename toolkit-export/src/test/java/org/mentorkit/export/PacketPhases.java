package org.mentorkit.export;

import java.nio.file.Path;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.ResponseInputs;

/** Prints how long each phase of a cold packet run takes (a benchmark aid, run by hand from bench/). */
public final class PacketPhases {

    private PacketPhases() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort);
        Path surveys = Path.of("../examples/pilot/surveys");
        List<ResponseSet> sets = ResponseInputs.read(List.of(surveys.resolve("pre-program.redcap-records.csv"),
                surveys.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        long t1 = lap("read inputs", t0);
        Packet packet = builder.responses(sets).build();
        long t2 = lap("fill templates", t1);
        String html = PacketWriter.html(packet, Branding.defaults());
        long t3 = lap("html", t2);
        byte[] pdf = PacketWriter.pdf(packet, Branding.defaults());
        long t4 = lap("pdf (" + pdf.length / 1024 + " KB)", t3);
        builder.instrumentsInUse().forEach(i -> FormWriter.pdf(i, Branding.defaults()));
        long t5 = lap("forms", t4);
        PacketWriter.pdf(packet, Branding.defaults());
        lap("pdf again (warm)", t5);
        System.out.println(html.length());
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("%-20s %6d ms%n", what, (now - since) / 1_000_000);
        return now;
    }
}
