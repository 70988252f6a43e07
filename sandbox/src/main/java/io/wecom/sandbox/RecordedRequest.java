package io.wecom.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A request the sandbox received, kept so tests can assert on what the client sent.
 *
 * @param operationId the spec operation it matched, or {@code null} for an unknown path
 * @param query every query parameter with all its values, tokens included
 * @param body the request body as text ({@code ""} when none)
 */
public record RecordedRequest(String operationId, String method, String path, Map<String, List<String>> query,
    Map<String, List<String>> headers, String body) {

  /** The values of one query parameter, empty when absent. */
  public List<String> query(String name) {
    return query.getOrDefault(name, List.of());
  }
}
