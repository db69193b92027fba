package io.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's batch: in-memory inputs, a bounded number in flight, outcomes in one listener. */
class BatchTest {
    private static final Converter CONVERTER = Converter.create();

    @TempDir
    Path dir;

    @Test
    void takesInputsOnlyAsSlotsFreeAndReportsEachOnce() throws IOException {
        int count = 24;
        int jobs = 3;
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterator<BatchInput> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken.get() < count;
            }

            @Override
            public BatchInput next() {
                int n = taken.incrementAndGet();
                mostAhead.accumulateAndGet(n - finished.get(), Math::max);
                String text = n == 7 ? "" : "Record " + n + " of the archive as the council agrees the budget\n\n"
                        + "The council met and agreed the budget for the harbour after a long debate.\n";
                return BatchInput.of(new Input(text, "record-" + n, "record.txt", "https://example.org/" + n),
                        "record", null);
            }
        };
        List<Batch.Outcome> outcomes = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        Batch.Summary summary = Batch.builder(CONVERTER, "md").jobs(jobs).toFolder(dir).build()
                .run(inputs, new Batch.Listener() {
                    @Override
                    public void started(long index, String name) {
                        started.incrementAndGet();
                    }

                    @Override
                    public void finished(Batch.Outcome outcome) {
                        finished.incrementAndGet();
                        outcomes.add(outcome);
                    }
                });
        assertEquals(count, started.get());
        assertEquals(count, outcomes.size());
        assertTrue(mostAhead.get() <= jobs + 1, "inputs taken ahead of those finished: " + mostAhead.get());
        assertEquals(new Batch.Summary(count - 1, 1, 0, summary.time(), 1), summary);
        Batch.Outcome empty = outcomes.stream().filter(o -> !o.ok()).findFirst().orElseThrow();
        assertEquals("record-7", empty.name());
        assertEquals(ConvertException.Kind.BAD_INPUT, empty.failure());
        assertEquals("no article text found", empty.message());
        // Names go by input order: the n-th input is record-n.md (record.md for the first), whichever ended first.
        assertTrue(Files.readString(dir.resolve("record.md")).contains("Record 1 "));
        assertTrue(Files.readString(dir.resolve("record-24.md")).contains("Record 24 "));
        assertEquals(false, Files.exists(dir.resolve("record-7.md")));
    }
}
