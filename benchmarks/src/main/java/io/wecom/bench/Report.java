package io.wecom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The results as Markdown: the machine, one row per driver and workload with its ratios to the raw-socket floor
 * and to WxJava, the token-expiry counts, and whether each target of the benchmark was met. Written to
 * {@code results.md}, and into the README between {@link #START} and {@link #END} when those markers are there.
 */
final class Report {

  static final String START = "<!-- benchmark-results:start -->";
  static final String END = "<!-- benchmark-results:end -->";
  static final String FLOOR = "raw socket";
  static final String WXJAVA = "WxJava";
  static final String DEFAULT = "wecom-java, default";

  private final Machine machine;
  private final double[] loadAverages;
  private final BenchSettings settings;
  private final List<Measured> rows;
  private final List<TokenExpiryRun.Result> tokens;
  private boolean readmeUpdated;

  /** {@code loadAverages}: the machine's one-minute load average when the run started and when it ended. */
  Report(Machine machine, double[] loadAverages, BenchSettings settings, List<Measured> rows,
      List<TokenExpiryRun.Result> tokens) {
    this.machine = machine;
    this.loadAverages = loadAverages.clone();
    this.settings = settings;
    this.rows = rows;
    this.tokens = tokens;
  }

  void write() throws IOException {
    String markdown = markdown();
    Files.createDirectories(settings.resultsDir());
    Files.writeString(settings.resultsDir().resolve("results.md"), markdown);
    Path readme = settings.readme();
    if (Files.isRegularFile(readme)) {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      int start = text.indexOf(START);
      int end = text.indexOf(END);
      if (start >= 0 && end > start) {
        Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + markdown
            + text.substring(end), StandardCharsets.UTF_8);
        readmeUpdated = true;
      }
    }
  }

  boolean readmeUpdated() {
    return readmeUpdated;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("Measured on ").append(machine).append(String.format(Locale.ROOT,
        " (load average %.1f at the start, %.1f at the end)", loadAverages[0], loadAverages[1]))
        .append(", against the stub server on loopback; each figure is ").append(settings.rounds())
        .append(" slices of ").append(settings.slice().toMillis())
        .append(" ms per driver, the drivers taking turns, after a warm-up.\n\n");
    md.append("| call | threads | driver | calls/s | × floor | × WxJava | p50 µs | p99 µs | allocated/call "
        + "| failed |\n");
    md.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Measured row : rows) {
      Sample s = row.sample();
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %,.0f | %s | %s | %.1f | %.1f | %s | %d |%n",
          row.workload().label(), row.threads(), row.driver(), s.callsPerSecond(),
          ratio(row, find(row, FLOOR)), ratio(row, find(row, WXJAVA)), s.p50Micros(), s.p99Micros(),
          kilobytes(s.bytesPerCall()), s.errors()));
    }
    md.append("\n| token expiry | threads | rounds | gettoken calls per expiry | failed calls |\n");
    md.append("| --- | ---: | ---: | --- | ---: |\n");
    for (TokenExpiryRun.Result t : tokens) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s (min %d, mean %.1f, max %d) | %d |%n", t.driver(),
          t.threads(), t.tokenCallsPerRound().size(), t.tokenCallsPerRound(), t.min(), t.mean(), t.max(),
          t.failedCalls()));
    }
    md.append("\n").append(targets());
    return md.toString();
  }

  private String targets() {
    StringBuilder md = new StringBuilder("Targets, from this run:\n\n");
    List<String> overheads = new ArrayList<>();
    boolean overheadMet = true;
    List<String> speedups = new ArrayList<>();
    boolean speedupMet = true;
    for (Measured row : rows) {
      if (!row.driver().startsWith(DEFAULT)) {
        continue;
      }
      double callsPerSecond = row.sample().callsPerSecond();
      if (row.threads() == 1) {
        double floor = find(row, FLOOR).orElseThrow().sample().callsPerSecond();
        double extra = floor / callsPerSecond - 1;
        overheadMet &= extra <= 0.10;
        overheads.add(String.format(Locale.ROOT, "%s %+.0f%% (%.0f µs more per call)", row.workload().label(),
            extra * 100, 1e6 / callsPerSecond - 1e6 / floor));
      }
      double times = callsPerSecond / find(row, WXJAVA).orElseThrow().sample().callsPerSecond();
      speedupMet &= times >= 1.3;
      speedups.add(String.format(Locale.ROOT, "%s with %d thread%s %.2f×", row.workload().label(), row.threads(),
          row.threads() == 1 ? "" : "s", times));
    }
    md.append("- time per call of the default client over the raw-socket floor, 1 thread: ")
        .append(String.join("; ", overheads)).append(". Target at most +10%: ")
        .append(overheadMet ? "**met**" : "**not met**").append(".\n");
    md.append("- calls/s of the default client over WxJava's: ").append(String.join("; ", speedups))
        .append(". Target at least 1.3×: ").append(speedupMet ? "**met**" : "**not met**").append(".\n");
    for (TokenExpiryRun.Result t : tokens) {
      md.append("- gettoken calls per expiry, ").append(t.driver()).append(", ").append(t.threads())
          .append(" threads: ").append(t.min() == t.max() ? String.valueOf(t.min()) : t.min() + " to " + t.max());
      if (t.driver().startsWith(DEFAULT)) {
        md.append(". Target exactly 1: ").append(t.min() == 1 && t.max() == 1 ? "**met**" : "**not met**");
      }
      md.append(".\n");
    }
    return md.toString();
  }

  private Optional<Measured> find(Measured cell, String driverPrefix) {
    Predicate<Measured> match = m -> m.sameCell(cell) && m.driver().startsWith(driverPrefix);
    return rows.stream().filter(match).findFirst();
  }

  private static String ratio(Measured row, Optional<Measured> base) {
    return base.map(b -> String.format(Locale.ROOT, "%.2f", row.sample().callsPerSecond()
        / b.sample().callsPerSecond())).orElse("");
  }

  private static String kilobytes(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }
}
