package io.wecom.client.internal;

import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.PermissionDeniedException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.error.WeComApiException;
import io.wecom.client.error.WeComException.Details;
import io.wecom.client.error.WeComTimeoutException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.token.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Builds the exception for a failed call: from the error-code table for errcodes, or for a transport failure. */
public final class WeComExceptions {

  private static final int EXCERPT_BYTES = 200;

  private final ErrorCodeTable table;

  public WeComExceptions(ErrorCodeTable table) {
    this.table = table;
  }

  /** The exception for a non-zero errcode WeCom answered to {@code op}. */
  public WeComApiException forErrcode(int errcode, String errmsg, OperationInfo op, int httpStatus) {
    String safeErrmsg = Redactor.redact(errmsg);
    ErrmsgParts parts = ErrmsgParts.parse(safeErrmsg);
    Details details = new Details(errcode, safeErrmsg, parts.hint(), parts.fromIp(), op.id(), httpStatus);
    Optional<ErrorCodeTable.ErrorCode> known = table.find(errcode);
    String message = op.id() + " failed: errcode " + errcode
        + known.map(c -> " " + c.name() + " (" + c.meaning() + ")").orElse("")
        + (safeErrmsg == null ? "" : ", errmsg: " + safeErrmsg);
    String errorClass = known.map(ErrorCodeTable.ErrorCode::errorClass).orElse("other");
    return switch (errorClass) {
      case "token_invalid" -> new TokenInvalidException(details, message, tokenKind(known.get(), op));
      case "invalid_credential" -> new InvalidCredentialException(details, message);
      case "rate_limited" -> new RateLimitedException(details, message, known.get().penalty());
      case "system_busy" -> new SystemBusyException(details, message);
      case "permission_denied" -> new PermissionDeniedException(details, message);
      case "bad_request" -> new BadRequestException(details, message);
      default -> new WeComApiException(details, message);
    };
  }

  /** The exception for an answer that is not a WeCom answer: bad status, empty, not JSON, cut short. */
  public WeComTransportException forBadAnswer(String problem, OperationInfo op, int httpStatus, byte[] body,
      Throwable cause) {
    String excerpt = excerpt(body);
    String message = op.id() + " failed: " + problem + " (HTTP " + httpStatus + ")"
        + (excerpt.isEmpty() ? "" : ", body starts: " + excerpt);
    return new WeComTransportException(new Details(null, null, null, null, op.id(), httpStatus), message, excerpt,
        true, RedactedCause.of(cause));
  }

  /** The exception for an I/O failure; {@code requestSent} is false only when nothing can have reached WeCom. */
  public WeComTransportException forIoFailure(OperationInfo op, boolean requestSent, Throwable cause) {
    String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    if (cause instanceof java.net.SocketTimeoutException) {
      what = "timed out waiting for the answer (readTimeout): " + what;
    }
    String message = op.id() + " failed: " + (requestSent ? "" : "could not connect, nothing was sent: ")
        + Redactor.redact(what);
    return new WeComTransportException(new Details(null, null, null, null, op.id(), 0), message, "", requestSent,
        RedactedCause.of(cause));
  }

  /** The exception for a failure the client's transports detect: the deadline, the size cap, a redirect. */
  public WeComTransportException forTransportFailure(OperationInfo op, TransportFailure failure) {
    Details details = new Details(null, null, null, null, op.id(), 0);
    String message = op.id() + " failed: " + failure.getMessage()
        + (failure.requestSent() ? "" : "; nothing was sent");
    return failure.kind() == TransportFailure.Kind.DEADLINE
        ? new WeComTimeoutException(details, message + (failure.requestSent()
            ? "; the request may have reached WeCom" : ""), failure.requestSent())
        : new WeComTransportException(details, message, "", failure.requestSent(), null);
  }

  private static TokenKind tokenKind(ErrorCodeTable.ErrorCode code, OperationInfo op) {
    if (op.tokenKind() != null && (code.tokenKinds().isEmpty() || code.tokenKinds().contains(op.tokenKind()))) {
      return op.tokenKind();
    }
    return code.tokenKinds().stream().findFirst().orElse(TokenKind.ACCESS_TOKEN);
  }

  private static String excerpt(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, 0, Math.min(body.length, EXCERPT_BYTES), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ").strip();
    return Redactor.redact(text) + (body.length > EXCERPT_BYTES ? "..." : "");
  }
}
