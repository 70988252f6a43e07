package io.wecom.client.message;

import io.wecom.client.model.Attachment;
import io.wecom.client.model.Attachment.MsgtypeEnum;
import io.wecom.client.model.AttachmentFile;
import io.wecom.client.model.AttachmentImage;
import io.wecom.client.model.AttachmentLink;
import io.wecom.client.model.AttachmentMiniprogram;
import io.wecom.client.model.AttachmentVideo;

/**
 * The attachments of welcome and mass messages to customers (at most 9 a message): image, link, mini program,
 * video and file, each as the generated {@link Attachment} with its {@code msgtype} set.
 */
public final class Attachments {

  private Attachments() {}

  /** An image uploaded with media/upload. */
  public static Attachment image(String mediaId) {
    return image(new AttachmentImage().mediaId(mediaId));
  }

  /** An image by the URL media/uploadimg returned; other URLs are refused by WeCom. */
  public static Attachment imageUrl(String picUrl) {
    return image(new AttachmentImage().picUrl(picUrl));
  }

  /** An image by media_id or pic_url; with both, WeCom uses the media_id. */
  public static Attachment image(AttachmentImage image) {
    return new Attachment().msgtype(MsgtypeEnum.IMAGE).image(image);
  }

  /** A link card: title (at most 128 bytes) and the URL it opens (at most 2048 bytes). */
  public static Attachment link(String title, String url) {
    return link(new AttachmentLink().title(title).url(url));
  }

  /** A link card with all its fields: cover picurl, desc (at most 512 bytes). */
  public static Attachment link(AttachmentLink link) {
    return new Attachment().msgtype(MsgtypeEnum.LINK).link(link);
  }

  /** A mini-program card: title (at most 64 bytes), cover media_id (520*416 recommended), appid and page. */
  public static Attachment miniprogram(String title, String picMediaId, String appid, String page) {
    return new Attachment().msgtype(MsgtypeEnum.MINIPROGRAM)
        .miniprogram(new AttachmentMiniprogram().title(title).picMediaId(picMediaId).appid(appid).page(page));
  }

  /** A video uploaded with media/upload. */
  public static Attachment video(String mediaId) {
    return new Attachment().msgtype(MsgtypeEnum.VIDEO).video(new AttachmentVideo().mediaId(mediaId));
  }

  /** A file uploaded with media/upload. */
  public static Attachment file(String mediaId) {
    return new Attachment().msgtype(MsgtypeEnum.FILE).file(new AttachmentFile().mediaId(mediaId));
  }
}
