package io.wecom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wecom.client.WeComClient;
import io.wecom.client.error.RequestValidationException;
import io.wecom.client.message.Messages;
import io.wecom.client.model.UploadImageResponse;
import io.wecom.client.model.UploadMediaResponse;
import io.wecom.client.testing.FakeMedia;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.MultipartForm;
import io.wecom.client.testing.MultipartForm.Part;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given a WeCom that accepts uploads, when media is uploaded and sent, then this is what goes over the wire. */
class MediaUploadTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
      (byte) 0xFF, (byte) 0xFE, 0x00, 0x7F};

  private final FakeWeCom wecom = FakeMedia.answerUploads(new FakeWeCom());
  private final WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp")
      .secret("s3cret").agentId(1000002).build();

  @AfterEach
  void stop() {
    wecom.close();
  }

  @Test
  void anUploadedImageIsSentAsAnImageMessage() throws Exception {
    UploadMediaResponse uploaded = client.uploads().upload(MediaKind.IMAGE, "chart.png", PNG);
    client.messages().send(Messages.image(uploaded.getMediaId()).toUsers("zhangsan"));

    FakeWeCom.Recorded upload = wecom.requests("/cgi-bin/media/upload").get(0);
    assertThat(upload.method()).isEqualTo("POST");
    assertThat(upload.query("type")).containsExactly("image");
    assertThat(upload.query("access_token")).hasSize(1);
    assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; ").contains("boundary=");
    List<Part> parts = MultipartForm.parse(upload);
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).name()).isEqualTo("media");
    assertThat(parts.get(0).filename()).isEqualTo("chart.png");
    assertThat(parts.get(0).contentType()).isEqualTo("image/png");
    assertThat(parts.get(0).bytes()).isEqualTo(PNG);

    assertThat(uploaded.getMediaId()).isEqualTo("MEDIA_ID_1");
    assertThat(uploaded.getType()).isEqualTo("image");
    assertThat(uploaded.getCreatedAt()).isEqualTo("1380000000");
    assertThat(new ObjectMapper().readTree(wecom.requests("/cgi-bin/message/send").get(0).body()))
        .isEqualTo(new ObjectMapper().readTree("{\"touser\":\"zhangsan\",\"msgtype\":\"image\",\"agentid\":1000002,"
            + "\"image\":{\"media_id\":\"MEDIA_ID_1\"}}"));
  }

  @Test
  void aFileIsUploadedUnderItsOwnNameAsAnOctetStream(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("周报 2024.txt"), "mytext, some more");

    client.uploads().upload(MediaKind.FILE, report);

    Part part = MultipartForm.parse(wecom.requests("/cgi-bin/media/upload").get(0)).get(0);
    assertThat(wecom.requests("/cgi-bin/media/upload").get(0).query("type")).containsExactly("file");
    assertThat(part.filename()).isEqualTo("周报 2024.txt");
    assertThat(part.contentType()).isEqualTo("application/octet-stream");
    assertThat(part.bytes()).isEqualTo(Files.readAllBytes(report));
  }

  @Test
  void anImageForAPermanentUrlGoesToUploadImg() {
    UploadImageResponse uploaded = client.uploads().uploadImage("logo.png", PNG);

    Part part = MultipartForm.parse(wecom.requests("/cgi-bin/media/uploadimg").get(0)).get(0);
    assertThat(part.name()).isEqualTo("media");
    assertThat(part.filename()).isEqualTo("logo.png");
    assertThat(part.bytes()).isEqualTo(PNG);
    assertThat(uploaded.getUrl()).startsWith("http://p.qpic.cn/");
  }

  @Test
  void anImageThatIsNotJpgOrPngIsRefusedAndNeverSent() {
    byte[] gif = "GIF89a and then some".getBytes();

    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.uploads().upload(MediaKind.IMAGE, "anim.gif", gif));

    assertThat(e.field()).isEqualTo("media");
    assertThat(e.getMessage()).contains("JPG or PNG");
    assertThat(wecom.requests()).isEmpty();
  }

  @Test
  void aFileTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.bin");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(20L * 1024 * 1024 + 1);
    }

    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.uploads().upload(MediaKind.FILE, big));

    assertThat(e.size()).hasValue(20L * 1024 * 1024 + 1);
    assertThat(e.limit()).hasValue(20L * 1024 * 1024);
    assertThat(wecom.requests()).isEmpty();
  }

  @Test
  void aFilenameThatWouldBreakTheMultipartHeaderIsRefused() {
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.uploads().upload(MediaKind.FILE, "a\"b.txt", "mytext".getBytes()));

    assertThat(e.field()).isEqualTo("media.filename");
  }
}
