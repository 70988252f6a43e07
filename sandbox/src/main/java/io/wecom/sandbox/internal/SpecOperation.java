package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.util.List;

/**
 * One operation of the spec as the sandbox serves it: where it lives, the token it needs, what a valid request
 * looks like and what to answer.
 *
 * @param tokenKind {@code access_token}, {@code suite_access_token}, {@code provider_access_token} or {@code null}
 * @param tokenApp {@code msgaudit} for the message archive, else {@code null}
 * @param requestSchema the compiled JSON schema of the body, or {@code null} when the operation takes none
 * @param formParts the required parts of a multipart/form-data body, or {@code null} when the body is not a form
 * @param example the first response example
 * @param download whether a successful answer is a file rather than JSON ({@code x-wecom-download})
 */
public record SpecOperation(String id, String method, String path, String tag, String tokenKind, String tokenApp,
    List<QueryParam> queryParams, Schema requestSchema, List<String> formParts, JsonNode example, boolean download) {

  /** A declared query parameter; {@code allowed} is empty unless the spec gives an enum. */
  public record QueryParam(String name, boolean required, String type, List<String> allowed) {}
}
