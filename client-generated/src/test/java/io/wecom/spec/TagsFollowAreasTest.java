package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One tag per area of the official documentation, and every operation under the tag of its page's area. */
class TagsFollowAreasTest {

  private static List<Tag> tags() {
    return Spec.asWritten().getOpenAPI().getTags();
  }

  private static String area(Tag tag) {
    return tag.getExtensions() == null ? null : (String) tag.getExtensions().get("x-wecom-area");
  }

  @Test
  void everyAreaOfTheDocsHasExactlyOneTag() {
    Set<String> areas = Endpoints.all().stream().map(Endpoints.Endpoint::area).collect(Collectors.toSet());
    List<String> tagged = tags().stream().map(TagsFollowAreasTest::area).toList();
    assertThat(tagged).as("x-wecom-area of the tags").doesNotContainNull().doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(areas);
  }

  @Test
  void tagsAreCamelCaseWithADescriptionNamingTheirArea() {
    for (Tag tag : tags()) {
      assertThat(tag.getName()).as("tag name").matches("[a-z][A-Za-z]*");
      assertThat(tag.getDescription()).as("description of tag %s", tag.getName()).contains(area(tag));
      assertThat(tag.getExtensions()).as("extensions of tag %s", tag.getName()).containsKey("x-wecom-area-group");
    }
  }

  static Stream<Spec.Op> operations() {
    return Spec.operations(Spec.asWritten().getOpenAPI()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void anOperationHasTheTagOfItsPagesArea(Spec.Op op) {
    Map<String, Endpoints.Endpoint> documented = Endpoints.all().stream()
        .collect(Collectors.toMap(Endpoints.Endpoint::path, Function.identity()));
    Map<String, String> areaOfTag = tags().stream().collect(Collectors.toMap(Tag::getName, TagsFollowAreasTest::area));
    Endpoints.Endpoint endpoint = documented.get(op.path());
    if (endpoint != null) {
      assertThat(areaOfTag.get(op.operation().getTags().get(0))).as("area of %s's tag", op).isEqualTo(endpoint.area());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void anOperationLivesInAFileNamedAfterItsTag(Spec.Op op) {
    String file = Spec.fileOf(op);
    String tag = op.operation().getTags().get(0);
    assertThat(file).as("file of %s", op).matches(tag + "(-[A-Za-z0-9]+)?\\.yaml");
  }
}
