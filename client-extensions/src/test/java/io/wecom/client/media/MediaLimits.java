package io.wecom.client.media;

import static io.wecom.client.testing.LimitCase.max;
import static io.wecom.client.testing.LimitCase.min;

import io.wecom.client.testing.LimitCase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The size limits of uploads (90253, 90256), as cases for {@link io.wecom.client.DocumentedLimitsTest}. They run
 * the checks without sending; the upload itself is covered by MediaUploadTest.
 */
public final class MediaLimits {

  private MediaLimits() {}


  private static final long MB = 1024 * 1024;
  private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  private static final byte[] AMR = "#!AMR\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

  public static Stream<LimitCase> cases() {
    return Stream.of(
        max("media", 10 * MB, "bytes", n -> UploadChecks.media(MediaKind.IMAGE, "a.jpg", file(JPG, n))),
        min("media", 6, "bytes", n -> UploadChecks.media(MediaKind.IMAGE, "a.jpg", file(JPG, n))),
        max("media", 2 * MB, "bytes", n -> UploadChecks.media(MediaKind.VOICE, "a.amr", file(AMR, n))),
        min("media", 6, "bytes", n -> UploadChecks.media(MediaKind.VOICE, "a.amr", file(AMR, n))),
        max("media", 10 * MB, "bytes", n -> UploadChecks.media(MediaKind.VIDEO, "a.mp4", file(MP4, n))),
        max("media", 20 * MB, "bytes", n -> UploadChecks.media(MediaKind.FILE, "a.bin", file(new byte[0], n))),
        min("media", 6, "bytes", n -> UploadChecks.media(MediaKind.FILE, "a.bin", file(new byte[0], n))),
        max("media", 2 * MB, "bytes", n -> UploadChecks.image("a.jpg", file(JPG, n))),
        min("media", 5, "bytes", n -> UploadChecks.image("a.jpg", file(JPG, n))));
  }



  /** {@code n} bytes that start like the format {@code magic}. */
  private static byte[] file(byte[] magic, long n) {
    byte[] bytes = Arrays.copyOf(magic, (int) n);
    Arrays.fill(bytes, Math.min(magic.length, (int) n), (int) n, (byte) 'x');
    return bytes;
  }
}
