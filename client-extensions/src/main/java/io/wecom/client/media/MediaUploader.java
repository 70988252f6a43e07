package io.wecom.client.media;

import io.wecom.client.api.MediaApi;
import io.wecom.client.model.UploadImageResponse;
import io.wecom.client.model.UploadMediaResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Uploads media as multipart/form-data after checking WeCom's limits (size, and format by the file's first bytes),
 * so that a file WeCom would refuse fails here, with the field, size and limit named, and is never sent:
 * {@link #upload} (media/upload) for the media_id that messages refer to, valid 3 days; {@link #uploadImage}
 * (media/uploadimg) for a permanent image URL. Get it from {@link io.wecom.client.WeComClient#media()}.
 */
public final class MediaUploader {

  private final MediaApi api;

  public MediaUploader(MediaApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Uploads {@code content} as temporary media of {@code kind}; {@code filename} is what recipients of a file see.
   *
   * @throws io.wecom.client.error.RequestValidationException when the file breaks a limit of its kind
   */
  public UploadMediaResponse upload(MediaKind kind, String filename, byte[] content) {
    Objects.requireNonNull(kind, "kind");
    return api.uploadMedia(kind.wireName(), UploadChecks.media(kind, filename, content));
  }

  /** Uploads a file under its own name; its size is checked before it is read. */
  public UploadMediaResponse upload(MediaKind kind, Path file) {
    UploadChecks.size(kind.wireName(), sizeOf(file), UploadChecks.MEDIA_MIN_BYTES, kind.maxBytes());
    return upload(kind, file.getFileName().toString(), read(file));
  }

  /**
   * Uploads a JPG or PNG image of 5 B to 2 MB and returns its permanent URL (for mpnews bodies and image
   * attachments of customer messages; at most 1000 a day and 3000 a month per corp).
   *
   * @throws io.wecom.client.error.RequestValidationException when the image breaks a limit
   */
  public UploadImageResponse uploadImage(String filename, byte[] content) {
    return api.uploadImage(UploadChecks.image(filename, content));
  }

  /** Uploads an image file under its own name; its size is checked before it is read. */
  public UploadImageResponse uploadImage(Path file) {
    UploadChecks.size("uploadimg", sizeOf(file), UploadChecks.IMAGE_MIN_BYTES, UploadChecks.IMAGE_MAX_BYTES);
    return uploadImage(file.getFileName().toString(), read(file));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
