package io.wecom.client.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats WeCom restricts uploads to, recognised by their first bytes (not by the file name, which may
 * lie), with the part content type WeCom's material overview (document 91054) names for each.
 */
public enum MediaFormat {
  JPG("image/jpg", 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  AMR("voice/amr", 0, "#!AMR".getBytes(StandardCharsets.US_ASCII)),
  MP4("video/mp4", 4, "ftyp".getBytes(StandardCharsets.US_ASCII));

  /** The content type of a part in no restricted format (WeCom's 普通文件). */
  public static final String OCTET_STREAM = "application/octet-stream";

  private final String contentType;
  private final int offset;
  private final byte[] magic;

  MediaFormat(String contentType, int offset, byte[] magic) {
    this.contentType = contentType;
    this.offset = offset;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  /** The format {@code content} starts like, if any. */
  public static Optional<MediaFormat> of(byte[] content) {
    return Arrays.stream(values()).filter(f -> f.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    return content.length >= offset + magic.length
        && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
  }
}
