package io.wecom.spec;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The examples of one media type: the single {@code example} and each entry of {@code examples}, by name. */
final class Examples {

  private Examples() {}

  static Map<String, Object> of(MediaType media) {
    Map<String, Object> all = new LinkedHashMap<>();
    if (media.getExample() != null) {
      all.put("example", media.getExample());
    }
    if (media.getExamples() != null) {
      media.getExamples().forEach((name, ex) -> {
        if (ex.getValue() != null) {
          all.put(name, ex.getValue());
        }
      });
    }
    return all;
  }

  static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
