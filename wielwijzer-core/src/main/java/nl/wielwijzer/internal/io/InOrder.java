package nl.wielwijzer.internal.io;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on several threads and hands the results back in input order: what batch scoring needs
 * (one result per input line, in the order of the input, with all cores busy). At most {@code window} items are
 * read ahead of the one handed out, so memory stays bounded however long the input is; the input is read on
 * the consumer's thread only. The function must not throw: it turns its own failures into results.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * The results of {@code f} over {@code items}, in order, computed on {@code threads} threads. Close the
     * returned stream (or read it to the end) to stop the threads.
     */
    public static <T, R> Stream<R> map(Stream<T> items, Function<T, R> f, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "wielwijzer-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Iterator<T> input = items.iterator();
        int window = threads * 16;
        Iterator<R> output = new Iterator<>() {
            private final ArrayDeque<Future<R>> ahead = new ArrayDeque<>();

            private void fill() {
                while (ahead.size() < window && input.hasNext()) {
                    T item = input.next();
                    ahead.add(pool.submit(() -> f.apply(item)));
                }
                if (ahead.isEmpty()) {
                    pool.shutdown();
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !ahead.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Future<R> head = ahead.poll();
                try {
                    return head.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new CancellationException("the batch was interrupted");
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw new IllegalStateException("a batch item failed unexpectedly", e.getCause());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(output, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    pool.shutdownNow();
                    items.close();
                });
    }
}
