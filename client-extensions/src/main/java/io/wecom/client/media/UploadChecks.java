package io.wecom.client.media;

import feign.form.FormData;
import io.wecom.client.error.RequestValidationException;
import io.wecom.client.media.internal.MediaFormat;
import io.wecom.client.message.internal.Check;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks an upload passes before it is sent: the filename, the size limits of its kind and, for images,
 * voice and video, the format its first bytes show. Makes the multipart part, with the content type WeCom names.
 */
final class UploadChecks {

  /** media/upload: every file must be larger than 5 bytes (所有文件size必须大于5个字节). */
  static final long MEDIA_MIN_BYTES = 6;
  /** media/uploadimg: 5 B to 2 MB. */
  static final long IMAGE_MIN_BYTES = 5;
  static final long IMAGE_MAX_BYTES = 2 * 1024 * 1024;
  static final Set<MediaFormat> IMAGE_FORMATS = Set.of(MediaFormat.JPG, MediaFormat.PNG);

  private UploadChecks() {}

  static FormData media(MediaKind kind, String filename, byte[] content) {
    size(kind.wireName(), content.length, MEDIA_MIN_BYTES, kind.maxBytes());
    return part(kind.wireName(), filename, content, kind.formats());
  }

  static FormData image(String filename, byte[] content) {
    size("uploadimg", content.length, IMAGE_MIN_BYTES, IMAGE_MAX_BYTES);
    return part("uploadimg", filename, content, IMAGE_FORMATS);
  }

  /** Checks a size before the file is read, so that a huge file fails without being loaded. */
  static void size(String kind, long size, long min, long max) {
    if (size > max) {
      throw new RequestValidationException("media", size, max, "bytes", "is too large for " + kind);
    }
    if (size < min) {
      throw new RequestValidationException("media", size, min, "bytes", "is too small for " + kind);
    }
  }

  private static FormData part(String kind, String filename, byte[] content, Set<MediaFormat> formats) {
    Check.required("media.filename", filename);
    if (filename.chars().anyMatch(c -> c == '"' || c == '\r' || c == '\n')) {
      throw Check.fail("media.filename", "must not hold quotes or line breaks, was \"" + filename.strip() + "\"");
    }
    Optional<MediaFormat> format = MediaFormat.of(content);
    if (!formats.isEmpty() && (format.isEmpty() || !formats.contains(format.get()))) {
      throw Check.fail("media", kind + " must be " + names(formats) + ", but its bytes are "
          + format.map(Enum::name).orElse("none of " + names(Set.of(MediaFormat.values()))));
    }
    String contentType = formats.isEmpty() ? MediaFormat.OCTET_STREAM : format.get().contentType();
    return new FormData(contentType, filename, content);
  }

  private static String names(Set<MediaFormat> formats) {
    return formats.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "));
  }
}
