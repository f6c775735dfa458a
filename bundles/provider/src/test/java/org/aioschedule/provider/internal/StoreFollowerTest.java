package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Re-choices requested from inside a store's write run later, elsewhere, once per burst. */
class StoreFollowerTest {

    private final AtomicInteger rechecks = new AtomicInteger();
    private final StoreScenario.Held held = new StoreScenario.Held();

    @Test
    void shouldRunOneRecheckForRequestsMadeBeforeItRuns() {
        StoreFollower follower = new StoreFollower(rechecks::incrementAndGet, held);

        CompletableFuture<Void> first = follower.request();
        CompletableFuture<Void> second = follower.request();

        assertThat(second).isSameAs(first);
        assertThat(rechecks.get()).as("nothing runs on the requesting thread").isZero();
        held.runAll();
        assertThat(rechecks.get()).isEqualTo(1);
        assertThat(first).isDone();
    }

    @Test
    void shouldRunAgainWhenAskedWhileTheRecheckRuns() {
        StoreFollower[] follower = new StoreFollower[1];
        CompletableFuture<?>[] during = new CompletableFuture<?>[1];
        follower[0] = new StoreFollower(() -> {
            if (rechecks.incrementAndGet() == 1) {
                during[0] = follower[0].request();
            }
        }, held);

        follower[0].request();
        held.runAll();

        assertThat(rechecks.get()).isEqualTo(2);
        assertThat(during[0]).isDone();
    }

    @Test
    void shouldRunOnItsOwnThreadAndCompleteWhatWasReturned() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        String[] thread = new String[1];
        StoreFollower follower = new StoreFollower(() -> {
            thread[0] = Thread.currentThread().getName();
            ran.countDown();
        });

        follower.request().get(10, TimeUnit.SECONDS);

        assertThat(ran.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(thread[0]).isEqualTo("aioschedule-store-follower");
    }

    @Test
    void shouldCompleteExceptionallyWhenTheRecheckFails() {
        StoreFollower follower = new StoreFollower(() -> {
            throw new IllegalStateException("no store");
        }, held);

        CompletableFuture<Void> request = follower.request();
        held.runAll();

        assertThat(request).isCompletedExceptionally();
        assertThat(follower.request()).as("a new request after a failure").isNotSameAs(request);
    }
}
