package io.wecom.bench;

import feign.Client;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every driver side by side in one JVM against a {@link StubWeCom}: the two workloads at 1 and 8 threads,
 * warmed up first and measured in rounds that rotate the drivers' order, then the token-expiry count with 16
 * threads. Writes the table ({@code results.md}, and the README between its markers) and the chart.
 */
public final class BenchmarkMain {

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.me.chanjar", "error");
    BenchSettings settings = BenchSettings.parse(args);
    Machine machine = Machine.current();
    double loadAtStart = Machine.loadAverage();
    System.out.println("machine: " + machine + ", load average " + loadAtStart);

    try (StubWeCom stub = StubWeCom.start()) {
      List<Driver> drivers = drivers(stub);
      LoadRunner runner = new LoadRunner();
      warmUp(runner, drivers, settings);
      List<Measured> rows = new ArrayList<>();
      for (Workload workload : Workload.values()) {
        for (int threads : settings.threadCounts()) {
          rows.addAll(measure(runner, drivers, workload, threads, settings));
        }
      }
      for (Driver driver : drivers) {
        driver.close();
      }
      TokenExpiryRun expiry = new TokenExpiryRun(stub);
      List<TokenExpiryRun.Result> tokens = new ArrayList<>();
      for (Driver driver : List.of(WeComClientDriver.withDefaults(stub.baseUrl()), new WxJavaDriver(stub.baseUrl()))) {
        TokenExpiryRun.Result result = expiry.run(driver, settings.tokenThreads(), settings.tokenRounds());
        System.out.printf("token expiry, %d threads, %-40s gettoken per expiry %s, failed calls %d%n",
            result.threads(), result.driver(), result.tokenCallsPerRound(), result.failedCalls());
        tokens.add(result);
        driver.close();
      }
      Report report = new Report(machine, new double[] {loadAtStart, Machine.loadAverage()}, settings, rows, tokens);
      report.write();
      new Charts(rows).write(settings.resultsDir().resolve("throughput.png"));
      System.out.println("wrote " + settings.resultsDir().resolve("results.md") + " and "
          + settings.resultsDir().resolve("throughput.png") + (report.readmeUpdated() ? " and the README table" : ""));
    }
  }

  private static List<Driver> drivers(StubWeCom stub) throws Exception {
    String base = stub.baseUrl();
    return List.of(
        new RawSocketDriver("127.0.0.1", stub.port(), stub.currentToken()),
        WeComClientDriver.withDefaults(base),
        WeComClientDriver.on("JDK HttpClient", new feign.http2client.Http2Client(java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()), base),
        WeComClientDriver.on("HttpURLConnection", new Client.Default(null, null), base),
        new WxJavaDriver(base));
  }

  private static void warmUp(LoadRunner runner, List<Driver> drivers, BenchSettings settings) throws Exception {
    System.out.println("warming up each driver for " + settings.warmup().toSeconds() + " s per workload");
    for (Workload workload : Workload.values()) {
      for (Driver driver : drivers) {
        check(driver, runner.run(driver, workload, 2, settings.warmup()));
      }
    }
  }

  private static List<Measured> measure(LoadRunner runner, List<Driver> drivers, Workload workload, int threads,
      BenchSettings settings) throws Exception {
    Map<Driver, Sample> totals = new LinkedHashMap<>();
    drivers.forEach(d -> totals.put(d, new Sample()));
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < drivers.size(); i++) {
        Driver driver = drivers.get((i + round) % drivers.size());
        totals.get(driver).addSequential(check(driver, runner.run(driver, workload, threads, settings.slice())));
      }
    }
    List<Measured> rows = new ArrayList<>();
    totals.forEach((driver, sample) -> {
      rows.add(new Measured(workload, threads, driver.name(), sample));
      System.out.printf("%-18s %d thread(s)  %-40s %,9.0f calls/s  p50 %7.1f µs  p99 %8.1f µs  %,8d B/call"
          + "  %d failed%n", workload.label(), threads, driver.name(), sample.callsPerSecond(), sample.p50Micros(),
          sample.p99Micros(), sample.bytesPerCall(), sample.errors());
    });
    return rows;
  }

  /** Failed calls are counted and reported, not hidden: the first of each batch is printed. */
  private static Sample check(Driver driver, Sample sample) {
    if (sample.errors() > 0) {
      System.out.println("  " + driver.name() + ": " + sample.errors() + " calls failed, the first with "
          + sample.firstError());
    }
    return sample;
  }
}
