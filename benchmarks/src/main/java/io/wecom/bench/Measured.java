package io.wecom.bench;

/** One row of the results: a driver's sample in one workload at one thread count. */
record Measured(Workload workload, int threads, String driver, Sample sample) {

  boolean sameCell(Measured other) {
    return workload == other.workload && threads == other.threads;
  }
}
