package org.mentorkit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** Parsed fonts are lent to a rendering thread and given back, never kept by the thread. */
class FontsTests {

    @Test
    void aThreadGivesItsParsedFontsBackAndTheNextRenderReusesThem() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            TrueTypeFont first = pool.submit(() -> {
                TrueTypeFont font = Fonts.parsed(Fonts.DEJAVU_SANS);
                assertThat(Fonts.heldByThisThread()).isTrue();
                Fonts.release();
                assertThat(Fonts.heldByThisThread()).isFalse();
                return font;
            }).get();
            assertThat(Fonts.idleSets()).isPositive();

            // Another thread takes the idle set: the font is not parsed again.
            TrueTypeFont second = Fonts.parsed(Fonts.DEJAVU_SANS);
            Fonts.release();
            assertThat(second).isSameAs(first);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void idleSetsAreBounded() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors() + 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch allHold = new java.util.concurrent.CountDownLatch(threads);
            java.util.List<java.util.concurrent.Future<?>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tasks.add(pool.submit(() -> {
                    Fonts.parsed(Fonts.DEJAVU_SANS);
                    allHold.countDown();
                    allHold.await();
                    Fonts.release();
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> task : tasks) {
                task.get();
            }
            assertThat(Fonts.idleSets()).isLessThanOrEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        } finally {
            pool.shutdown();
        }
    }
}
