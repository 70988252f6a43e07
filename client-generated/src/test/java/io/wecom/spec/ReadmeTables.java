package io.wecom.spec;

import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tables of README.md and spec/README.md that come from the spec: the areas with their accessors and coverage,
 * and the tags with their files. Each sits between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}.
 */
final class ReadmeTables {

  static final Path ROOT = Spec.ENTRY.getParent().getParent();
  static final Path README = ROOT.resolve("README.md");
  static final Path SPEC_README = ROOT.resolve("spec/README.md");

  private ReadmeTables() {}

  /** README.md: one row per area, its accessor and how many of its documented endpoints the spec has. */
  static String coverage() {
    Map<String, Long> documented = Endpoints.all().stream()
        .collect(Collectors.groupingBy(Endpoints.Endpoint::area, Collectors.counting()));
    Set<String> paths = Spec.operations(Spec.asWritten().getOpenAPI()).stream().map(Spec.Op::path)
        .collect(Collectors.toSet());
    Map<String, Long> covered = Endpoints.all().stream().filter(e -> paths.contains(e.path()))
        .collect(Collectors.groupingBy(Endpoints.Endpoint::area, Collectors.counting()));
    Map<String, Long> operations = Spec.operations(Spec.asWritten().getOpenAPI()).stream()
        .collect(Collectors.groupingBy(op -> op.operation().getTags().get(0), Collectors.counting()));
    StringBuilder s = new StringBuilder("| area (官方分类) | accessor | operations | documented endpoints covered |\n")
        .append("| --- | --- | ---: | ---: |\n");
    long allCovered = 0;
    for (Tag tag : Spec.asWritten().getOpenAPI().getTags()) {
      String area = (String) tag.getExtensions().get("x-wecom-area");
      long of = documented.getOrDefault(area, 0L);
      long in = covered.getOrDefault(area, 0L);
      allCovered += in;
      s.append("| ").append(english(tag)).append(" (").append(area).append(") | `").append(tag.getName())
          .append("()` | ").append(operations.getOrDefault(tag.getName(), 0L)).append(" | ").append(in).append(" of ")
          .append(of).append(" |\n");
    }
    long total = Spec.operations(Spec.asWritten().getOpenAPI()).size();
    s.append("| **all** | | **").append(total).append("** | **").append(allCovered).append(" of ")
        .append(Endpoints.all().size()).append("** |\n");
    return s.toString();
  }

  /** spec/README.md: one row per tag, its area and the files that hold its operations. */
  static String tags() {
    Map<String, Set<String>> files = Spec.operations(Spec.asWritten().getOpenAPI()).stream()
        .collect(Collectors.groupingBy(op -> op.operation().getTags().get(0),
            Collectors.mapping(Spec::fileOf, Collectors.toCollection(TreeSet::new))));
    StringBuilder s = new StringBuilder("| tag | area | files |\n| --- | --- | --- |\n");
    for (Tag tag : Spec.asWritten().getOpenAPI().getTags()) {
      s.append("| `").append(tag.getName()).append("` | ").append(tag.getExtensions().get("x-wecom-area"))
          .append(" | ").append(files.getOrDefault(tag.getName(), Set.of()).stream().map(f -> "`" + f + "`")
              .collect(Collectors.joining(", "))).append(" |\n");
    }
    return s.toString();
  }

  private static String english(Tag tag) {
    String d = tag.getDescription();
    int paren = d.indexOf(" (");
    return paren > 0 ? d.substring(0, paren) : tag.getName();
  }

  /** The text between the markers of {@code name} in {@code file}. */
  static String section(Path file, String name) throws IOException {
    String text = Files.readString(file);
    String start = "<!-- " + name + ":start -->\n";
    int from = text.indexOf(start);
    int to = text.indexOf("<!-- " + name + ":end -->");
    if (from < 0 || to < from) {
      throw new IllegalStateException(file + " has no " + name + " section");
    }
    return text.substring(from + start.length(), to);
  }

  static void replace(Path file, String name, String content) throws IOException {
    String text = Files.readString(file);
    String old = section(file, name);
    String start = "<!-- " + name + ":start -->\n";
    int from = text.indexOf(start) + start.length();
    Files.writeString(file, text.substring(0, from) + content + text.substring(from + old.length()));
  }

  /** Rewrites both tables from the spec. */
  public static void main(String[] args) throws IOException {
    replace(README, "coverage-table", coverage());
    replace(SPEC_README, "tag-table", tags());
  }
}
