package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every generated model is named by the spec, not made up by the generator from an anonymous schema. */
class GeneratedNamesTest {

  private static final Path MODELS =
      Path.of("target/generated-sources/openapi/src/main/java/io/wecom/client/model");

  @Test
  void noGeneratedModelHasAMadeUpName() throws IOException {
    assertThat(MODELS).isDirectory();
    try (Stream<Path> files = Files.list(MODELS)) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".java", "")))
          .isNotEmpty()
          .noneMatch(name -> name.matches(".*\\d+Response|.*_\\d+|.*[a-z]\\d+|InlineObject.*|.*RequestBody|.*AllOf.*"));
    }
  }
}
