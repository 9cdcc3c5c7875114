package org.mentorkit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.export.internal.PacketTexts;
import org.mentorkit.export.internal.PersonalHandbooks;
import org.mentorkit.export.internal.ProgramLanguage;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.Cohort;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.Participant;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.input.FileNames;
import org.mentorkit.model.internal.io.AtomicFiles;

/**
 * Writes each grouped participant's own handbook ({@code handbooks/<participant id>.pdf}) on every core, reporting
 * progress after each file. Participants not in a group get none (they are counted in the result). Every handbook
 * is rendered and staged before the first is replaced ({@link AtomicFiles.Batch}), so a failure part way changes no
 * file.
 */
public final class HandbookWriter {

    /** Told after each handbook: how many are done of how many. Called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        /**
         * One more handbook is rendered. Calls come from several threads at once and may arrive out of order;
         * an implementation must be thread-safe and quick.
         *
         * @param done  how many handbooks are rendered so far, from 1
         * @param total how many will be
         */
        void done(int done, int total);
    }

    /**
     * What was written.
     *
     * @param files                   the handbooks written, in cohort order
     * @param ungroupedParticipantIds the participants without a group, so without a handbook
     */
    public record Result(List<Path> files, List<String> ungroupedParticipantIds) {
        /**
         * The result as given, its lists copied.
         *
         * @param files                   the handbooks written, in cohort order
         * @param ungroupedParticipantIds the participants without a group
         */
        public Result {
            files = List.copyOf(files);
            ungroupedParticipantIds = List.copyOf(ungroupedParticipantIds);
        }
    }

    private HandbookWriter() {
    }

    /**
     * Writes the handbooks in the program's language with as many threads as the machine has cores.
     *
     * @param cohort     the cohort with its groups
     * @param curriculum the curriculum whose sessions each handbook lists
     * @param branding   the society's look
     * @param templates  a folder of templates that override the built-in handbook template, if any
     * @param folder     the output folder; handbooks go in its {@code handbooks/} folder, created if missing
     * @param progress   told after each handbook
     * @return the files written and the participants without a handbook
     * @throws org.mentorkit.model.InvalidInputException if the cohort cannot be scheduled or a template cannot be
     *         filled
     * @throws ToolkitException if a handbook cannot be rendered ({@link ErrorCode#PDF}) or written, or the
     *                          thread is interrupted ({@link ErrorCode#INTERRUPTED}); no file is changed then
     */
    public static Result write(Cohort cohort, Curriculum curriculum, Branding branding, Optional<Path> templates, Path folder,
            Progress progress) {
        return write(cohort, curriculum, branding, templates, folder, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes the handbooks in the program's language with the given number of threads.
     *
     * @param cohort     the cohort with its groups
     * @param curriculum the curriculum whose sessions each handbook lists
     * @param branding   the society's look; its regional form of the language, if any, is used
     * @param templates  a folder of templates that override the built-in handbook template, if any
     * @param folder     the output folder; handbooks go in its {@code handbooks/} folder
     * @param progress   told after each handbook
     * @param threads    how many handbooks to render at once (at least 1 is used)
     * @return the files written and the participants without a handbook
     * @throws org.mentorkit.model.InvalidInputException as {@link #write(Cohort, Curriculum, Branding, Optional, Path,
     *         Progress)}, and if the branding names another language than the program's
     * @throws ToolkitException as {@link #write(Cohort, Curriculum, Branding, Optional, Path, Progress)}
     */
    public static Result write(Cohort cohort, Curriculum curriculum, Branding branding, Optional<Path> templates, Path folder,
            Progress progress, int threads) {
        return write(cohort, curriculum, branding, ProgramLanguage.of(cohort.program(), Optional.empty(), branding), templates,
                folder, progress, threads);
    }

    /**
     * Writes the handbooks in the given language (its texts, dates and times) with the given number of threads. The
     * curriculum's own texts (session titles) are as the curriculum gives them.
     *
     * @param cohort     the cohort with its groups
     * @param curriculum the curriculum whose sessions each handbook lists
     * @param branding   the society's look
     * @param language   the language of the handbooks' texts, dates and times
     * @param templates  a folder of templates that override the built-in handbook template, if any
     * @param folder     the output folder; handbooks go in its {@code handbooks/} folder
     * @param progress   told after each handbook
     * @param threads    how many handbooks to render at once (at least 1 is used)
     * @return the files written and the participants without a handbook
     * @throws org.mentorkit.model.InvalidInputException as {@link #write(Cohort, Curriculum, Branding, Optional, Path,
     *         Progress)}
     * @throws ToolkitException as {@link #write(Cohort, Curriculum, Branding, Optional, Path, Progress)}
     */
    public static Result write(Cohort cohort, Curriculum curriculum, Branding branding, Language language,
            Optional<Path> templates, Path folder, Progress progress, int threads) {
        PersonalHandbooks handbooks = new PersonalHandbooks(cohort, curriculum, branding, templates, PacketTexts.of(language));
        List<Participant> grouped = new ArrayList<>();
        List<List<GroupSchedule>> groups = new ArrayList<>();
        List<String> ungrouped = new ArrayList<>();
        for (Participant p : cohort.participants()) {
            List<GroupSchedule> own = handbooks.groupsOf(p);
            if (!own.isEmpty()) {
                grouped.add(p);
                groups.add(own);
            } else {
                ungrouped.add(p.id());
            }
        }
        Path out = folder.resolve("handbooks");
        // Named before rendering starts: unique ignoring case, and writable on Windows too (an id `con` or `A/B`).
        Set<String> taken = new HashSet<>();
        List<String> names = grouped.stream().map(p -> FileNames.unique(p.id(), taken)).toList();
        AtomicInteger done = new AtomicInteger();
        // Each handbook is staged beside its target as it is rendered; the targets are replaced only when every
        // handbook has rendered, so a failure part way leaves the folder as it was.
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<Path>> futures = new ArrayList<>();
                for (int i = 0; i < grouped.size(); i++) {
                    Participant participant = grouped.get(i);
                    List<GroupSchedule> own = groups.get(i);
                    String name = names.get(i);
                    futures.add(pool.submit(() -> {
                        Path file = out.resolve(name + ".pdf");
                        byte[] pdf = handbooks.pdf(participant, own);
                        batch.stage(file, stream -> stream.write(pdf));
                        progress.done(done.incrementAndGet(), grouped.size());
                        return file;
                    }));
                }
                List<Path> files = new ArrayList<>();
                for (Future<Path> future : futures) {
                    files.add(future.get());
                }
                batch.commit();
                return new Result(files, ungrouped);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ToolkitException(ErrorCode.INTERRUPTED, "writing handbooks was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new ToolkitException(ErrorCode.PDF, "could not write a handbook: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
                awaitQuietly(pool);
            }
        }
    }

    /** Lets running renders finish before the staged files are removed, so that none is staged after the clean-up. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
