package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The area and tag tables of README.md and spec/README.md are the spec's. After changing the spec, rewrite them with
 * {@code mvn -B -q -pl client-generated test -Dtest=ReadmeTablesTest -Dwecom.rewriteReadme=true}.
 */
class ReadmeTablesTest {

  private static final boolean REWRITE = Boolean.getBoolean("wecom.rewriteReadme");

  @Test
  void theReadmesCoverageTableIsTheSpecs() throws Exception {
    if (REWRITE) {
      ReadmeTables.replace(ReadmeTables.README, "coverage-table", ReadmeTables.coverage());
    }
    assertThat(ReadmeTables.section(ReadmeTables.README, "coverage-table"))
        .as("README.md's coverage table (rewrite it with -Dwecom.rewriteReadme=true)")
        .isEqualTo(ReadmeTables.coverage());
  }

  @Test
  void theSpecReadmesTagTableIsTheSpecs() throws Exception {
    if (REWRITE) {
      ReadmeTables.replace(ReadmeTables.SPEC_README, "tag-table", ReadmeTables.tags());
    }
    assertThat(ReadmeTables.section(ReadmeTables.SPEC_README, "tag-table"))
        .as("spec/README.md's tag table (rewrite it with -Dwecom.rewriteReadme=true)")
        .isEqualTo(ReadmeTables.tags());
  }
}
