package io.wecom.client.error;

import java.util.OptionalLong;

/**
 * A request the client refused to send because it breaks a rule WeCom documents: a text over 2048 bytes, a ninth
 * news article, a template card without its required parts, an upload over its size limit. Nothing reached WeCom.
 * It names the field (as a JSON path, e.g. {@code news.articles[2].title}) and, for size limits, the size found,
 * the limit and its unit (bytes in UTF-8, characters, items, seconds).
 *
 * <p>It is an {@link IllegalArgumentException}, not a {@link WeComException}: it is raised by builders and checks
 * before any call, it carries no errcode, and retrying cannot help; the caller must change the input.
 */
public class RequestValidationException extends IllegalArgumentException {

  private final String field;
  private final Long size;
  private final Long limit;
  private final String unit;

  /** A rule that is not a size limit (a missing field, a part that does not belong). */
  public RequestValidationException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.size = null;
    this.limit = null;
    this.unit = null;
  }

  /** A size limit: {@code size} {@code unit} found where {@code problem} allows {@code limit}. */
  public RequestValidationException(String field, long size, long limit, String unit, String problem) {
    super(field + ": " + problem + " (" + size + " " + unit + ", limit " + limit + ")");
    this.field = field;
    this.size = size;
    this.limit = limit;
    this.unit = unit;
  }

  /** The offending field as a JSON path of the request, e.g. {@code text.content} or {@code touser}. */
  public String field() {
    return field;
  }

  /** The size found (bytes, characters, items, seconds: see {@link #unit()}); empty for rules without a size. */
  public OptionalLong size() {
    return size == null ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /** The limit the size broke: a maximum, or a minimum when the size is below it. */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** The unit of {@link #size()} and {@link #limit()}: bytes, characters, items or seconds; {@code null} without. */
  public String unit() {
    return unit;
  }
}
