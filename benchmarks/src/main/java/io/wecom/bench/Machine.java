package io.wecom.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** The machine a run was made on, as the results table names it. */
record Machine(int cores, String cpu, String java, LocalDate date) {

  static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
        System.getProperty("java.vm.name") + " " + Runtime.version(), LocalDate.now(ZoneOffset.UTC));
  }

  /** The system load average over the last minute; with other work on the machine, figures are noisier. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return System.getProperty("os.arch");
    }
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  @Override
  public String toString() {
    return cores + " cores (" + cpu + "), " + java + ", " + date;
  }
}
