package io.wecom.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wecom.client.token.TokenKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The WeCom error codes of {@code spec/errcodes.yaml}, which travels in the generated artifact. The one place the
 * client learns what an errcode means and which exception it becomes.
 */
public final class ErrorCodeTable {

  static final String RESOURCE = "/io/wecom/spec/errcodes.yaml";

  /** One row of the table. */
  public record ErrorCode(int code, String name, String message, String meaning, String errorClass,
      boolean retryable, Set<TokenKind> tokenKinds, Duration penalty) {}

  private static final class Holder {
    static final ErrorCodeTable INSTANCE = load();
  }

  private final Map<Integer, ErrorCode> codes;

  private ErrorCodeTable(Map<Integer, ErrorCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The table shipped with the client. */
  public static ErrorCodeTable standard() {
    return Holder.INSTANCE;
  }

  public Optional<ErrorCode> find(int code) {
    return Optional.ofNullable(codes.get(code));
  }

  public int size() {
    return codes.size();
  }

  private static ErrorCodeTable load() {
    try (InputStream in = ErrorCodeTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath (it ships in wecom-client-generated)");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<Integer, ErrorCode> codes = new HashMap<>();
      for (JsonNode row : root.path("codes")) {
        ErrorCode code = parse(row);
        if (codes.put(code.code(), code) != null) {
          throw new IllegalStateException(RESOURCE + " lists errcode " + code.code() + " twice");
        }
      }
      return new ErrorCodeTable(codes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static ErrorCode parse(JsonNode row) {
    Set<TokenKind> kinds = EnumSet.noneOf(TokenKind.class);
    row.path("token_kinds").forEach(k -> kinds.add(TokenKind.fromQueryName(k.asText())));
    Duration penalty = row.hasNonNull("penalty_seconds") ? Duration.ofSeconds(row.get("penalty_seconds").asLong()) : null;
    return new ErrorCode(row.path("code").asInt(), row.path("name").asText(), row.path("message").asText(),
        row.path("meaning").asText(), row.path("class").asText("other"), row.path("retryable").asBoolean(false),
        Set.copyOf(kinds), penalty);
  }
}
