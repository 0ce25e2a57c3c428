package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.declaro.Fixtures;
import org.junit.jupiter.api.Test;

/** One validator shared by 8 threads gives the same reports as serial use. */
class ThreadSafetyTest {

    @Test
    void eightThreadsOnMixedDocumentsGiveTheSerialReports() throws Exception {
        DocumentValidator validator = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(RuleCatalogueTest.MINE_ACTION_THEMES)).build();
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(Fixtures.bytes(Fixtures.SIEM_REAP));
        inputs.add(Fixtures.bytes("action-plan-example.json"));
        for (RuleCatalogueTest.Case c : RuleCatalogueTest.cases()) {
            inputs.add(c.edit().apply(c.base()).getBytes(StandardCharsets.UTF_8));
        }
        inputs.add("{\"a\":".getBytes(StandardCharsets.UTF_8));
        List<ValidationReport> serial = new ArrayList<>();
        for (byte[] in : inputs) {
            serial.add(validator.validate(in));
        }
        assertTrue(serial.stream().filter(r -> r.hasErrors()).count() > 20, "mixed valid and invalid documents");

        int threads = 8;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<ValidationReport>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<List<ValidationReport>> work = () -> {
                    start.await();
                    List<ValidationReport> out = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            int k = (i + offset + round) % inputs.size(); // each thread in its own order
                            ValidationReport r = validator.validate(inputs.get(k));
                            if (!r.findings().equals(serial.get(k).findings())) {
                                throw new AssertionError("input " + k + " differs: " + r.findings());
                            }
                            out.add(r);
                        }
                    }
                    return out;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<ValidationReport>> f : futures) {
                assertEquals(rounds * inputs.size(), f.get(2, TimeUnit.MINUTES).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
