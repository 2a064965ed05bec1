package com.hallqueue.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Eventually;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundLookTest {

    @Test
    void aLookIsNeverMadeOnTheThreadThatAsks() {
        Set<Thread> lookedOn = ConcurrentHashMap.newKeySet();
        BackgroundLook look = new BackgroundLook("test", Duration.ZERO, () -> lookedOn.add(Thread.currentThread()));

        look.ifDue();

        Eventually.await("a look", Duration.ofSeconds(5), () -> !lookedOn.isEmpty());
        assertThat(lookedOn).doesNotContain(Thread.currentThread());
    }

    @Test
    void theAskerDoesNotWaitForALookThatHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        BackgroundLook look = new BackgroundLook("test", Duration.ZERO, () -> {
            started.incrementAndGet();
            await(release);
        });

        for (int i = 0; i < 100; i++) {
            look.ifDue(); // returns at once each time, although the first look hangs
        }

        Eventually.await("the first look under way", Duration.ofSeconds(5), () -> started.get() == 1);
        assertThat(started).as("one look at a time").hasValue(1);
        release.countDown();
    }

    @Test
    void noLookIsMadeBeforeTheLastIsOldEnough() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        BackgroundLook look = new BackgroundLook("test", Duration.ofHours(1), looks::incrementAndGet);

        look.ifDue();
        Thread.sleep(200);

        assertThat(looks).hasValue(0);
    }

    @Test
    void aLookThatFailsIsLoggedAndTheNextIsMadeAgain() {
        AtomicInteger looks = new AtomicInteger();
        BackgroundLook look = new BackgroundLook("test", Duration.ZERO, () -> {
            looks.incrementAndGet();
            throw new IllegalStateException("the database cannot be reached");
        });

        look.ifDue();
        Eventually.await("a first look", Duration.ofSeconds(5), () -> looks.get() == 1);
        Eventually.await("a second look", Duration.ofSeconds(5), () -> {
            look.ifDue();
            return looks.get() >= 2;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
