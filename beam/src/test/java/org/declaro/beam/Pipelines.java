package org.declaro.beam;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Pipelines on the DirectRunner, which checks that every value survives its coder and is not mutated. */
final class Pipelines {
    private Pipelines() {
    }

    static Pipeline direct() {
        PipelineOptions options = PipelineOptionsFactory.create();
        options.setRunner(DirectRunner.class);
        return Pipeline.create(options);
    }
}
