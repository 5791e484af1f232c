/**
 * What model files say about their licence and lineage: GGUF and safetensors headers read by a
 * bounded reader of our own (never the tensor data), {@code config.json} hints, the licence they
 * declare as a finding ({@link io.provscan.modelfile.ModelFileDetector}), and a model folder's
 * card, weights and {@code LICENSE} weighed together ({@link io.provscan.modelfile.ModelSummary}).
 */
package io.provscan.modelfile;
