package io.wecom.cli;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the bundled spec, as {@code wecom ops} lists it and {@code wecom call} calls it.
 *
 * @param tokenKind {@code access_token}, {@code suite_access_token}, {@code provider_access_token}, or {@code null}
 *     for the token endpoints themselves
 * @param tokenApp {@code msgaudit} when the token must be minted with the message-archive secret, else {@code null}
 */
record OperationSpec(String id, String method, String path, String tag, String summary, String tokenKind,
    String tokenApp, List<QueryParam> queryParams) {

  /** A query parameter the operation declares. */
  record QueryParam(String name, boolean required) {}

  Optional<QueryParam> queryParam(String name) {
    return queryParams.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
