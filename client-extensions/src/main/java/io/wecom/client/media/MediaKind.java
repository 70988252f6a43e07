package io.wecom.client.media;

import io.wecom.client.media.internal.MediaFormat;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of temporary media (media/upload, document 90253) with WeCom's limits: every file more than 5 bytes;
 * an image at most 10 MB, JPG or PNG; a voice at most 2 MB, AMR (and at most 60 s, which WeCom checks); a video at
 * most 10 MB, MP4; a file at most 20 MB, any format.
 */
public enum MediaKind {
  IMAGE("image", 10, EnumSet.of(MediaFormat.JPG, MediaFormat.PNG)),
  VOICE("voice", 2, EnumSet.of(MediaFormat.AMR)),
  VIDEO("video", 10, EnumSet.of(MediaFormat.MP4)),
  FILE("file", 20, EnumSet.noneOf(MediaFormat.class));

  private static final long MB = 1024 * 1024;

  private final String wireName;
  private final long maxBytes;
  private final Set<MediaFormat> formats;

  MediaKind(String wireName, long maxMegabytes, Set<MediaFormat> formats) {
    this.wireName = wireName;
    this.maxBytes = maxMegabytes * MB;
    this.formats = formats;
  }

  /** The value of the {@code type} query parameter. */
  public String wireName() {
    return wireName;
  }

  /** The largest file WeCom accepts for this kind, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The formats WeCom accepts for this kind; empty for any. */
  Set<MediaFormat> formats() {
    return formats;
  }
}
