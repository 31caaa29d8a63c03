package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.ContactRef;
import fr.cress.relais.actions.Directory;
import fr.cress.relais.actions.OrganisationRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor's directory is read once however many ask at the same time, and again after an invalidation. */
class DirectoryCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Directory directory() {
        reads.incrementAndGet();
        return new Directory(List.of(new OrganisationRef(2, "Union régionale des SCOP", "URSCOP"),
                new OrganisationRef(1, "Association ARDES", "ARDES")),
                List.of(new ContactRef(5, "Élise Martin", 2L, null), new ContactRef(6, "Zoé Adam", null, null)));
    }

    @Test
    void readOnceSortedThenKeptUntilInvalidated() {
        DirectoryCache cache = new DirectoryCache(this::directory);
        assertThat(cache.now()).isNull();

        Directory first = cache.get();
        assertThat(cache.get()).isSameAs(first);
        assertThat(cache.now()).isSameAs(first);
        assertThat(first.organisationsInOrder()).extracting(OrganisationRef::id).containsExactly(1L, 2L);
        assertThat(first.contactsInOrder()).extracting(ContactRef::id).containsExactly(5L, 6L);
        assertThat(reads).hasValue(1);

        cache.invalidate();
        assertThat(cache.now()).isNull();
        assertThat(cache.get()).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void callersAskingWhileItIsReadWaitForThatSameReading() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DirectoryCache cache = new DirectoryCache(() -> {
            started.countDown();
            await(release);
            return directory();
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Directory> a = pool.submit(cache::get);
            started.await(10, TimeUnit.SECONDS);
            Future<Directory> b = pool.submit(cache::get);
            Future<Directory> c = pool.submit(cache::get);
            release.countDown();
            assertThat(b.get(10, TimeUnit.SECONDS)).isSameAs(a.get(10, TimeUnit.SECONDS))
                    .isSameAs(c.get(10, TimeUnit.SECONDS));
            assertThat(reads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedReadingIsReportedThenTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        DirectoryCache cache = new DirectoryCache(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store closed");
            }
            return directory();
        });

        assertThatThrownBy(cache::get).hasMessage("store closed");
        assertThat(cache.now()).isNull();
        assertThat(cache.get().contacts()).hasSize(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
