package io.wecom.client.testing;

import io.wecom.client.testing.FakeWeCom.Answer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Teaches a {@link FakeWeCom} the two upload endpoints: media/upload answers {@code MEDIA_ID_1},
 * {@code MEDIA_ID_2}, ... with the requested type, media/uploadimg a permanent URL; both check the access_token.
 */
public final class FakeMedia {

  private FakeMedia() {}

  public static FakeWeCom answerUploads(FakeWeCom wecom) {
    AtomicInteger uploads = new AtomicInteger();
    wecom.on("/cgi-bin/media/upload", request -> {
      Answer rejected = wecom.checkToken(request, "access_token");
      if (rejected != null) {
        return rejected;
      }
      String type = request.query("type").isEmpty() ? "" : request.query("type").get(0);
      return Answer.json("{\"errcode\":0,\"errmsg\":\"\",\"type\":\"" + type + "\",\"media_id\":\"MEDIA_ID_"
          + uploads.incrementAndGet() + "\",\"created_at\":\"1380000000\"}");
    });
    wecom.on("/cgi-bin/media/uploadimg", request -> {
      Answer rejected = wecom.checkToken(request, "access_token");
      return rejected != null ? rejected : Answer.json(
          "{\"errcode\":0,\"errmsg\":\"\",\"url\":\"http://p.qpic.cn/pic_wework/3474110808/uploaded/0\"}");
    });
    return wecom;
  }
}
