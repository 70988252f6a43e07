package io.wecom.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How long and how often to measure, and where the results go. Defaults give a full run of about four minutes on
 * two cores; {@code --quick} a rough one in under a minute.
 */
record BenchSettings(Duration warmup, Duration slice, int rounds, List<Integer> threadCounts, int tokenThreads,
    int tokenRounds, Path resultsDir, Path readme) {

  static BenchSettings parse(String[] args) {
    Duration warmup = Duration.ofSeconds(5);
    Duration slice = Duration.ofSeconds(2);
    int rounds = 4;
    int tokenRounds = 10;
    Path results = Path.of("benchmarks", "results");
    Path readme = Path.of("README.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {
          warmup = Duration.ofSeconds(1);
          slice = Duration.ofMillis(500);
          rounds = 2;
          tokenRounds = 3;
        }
        case "--slice-seconds" -> slice = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
        case "--results" -> results = Path.of(value(args, ++i));
        case "--readme" -> readme = Path.of(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; known: --quick, --slice-seconds N, --rounds N, --results DIR, --readme FILE");
      }
    }
    return new BenchSettings(warmup, slice, rounds, List.of(1, 8), 16, tokenRounds, results, readme);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
