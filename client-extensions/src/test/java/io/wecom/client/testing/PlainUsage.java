package io.wecom.client.testing;

import io.wecom.client.WeComClient;
import java.util.function.Consumer;

/** What an application without Micrometer does: build a client and call WeCom, without reflection. */
public final class PlainUsage implements Consumer<String> {

  @Override
  public void accept(String baseUrl) {
    WeComClient.builder().baseUrl(baseUrl).corpId("ww-corp").secret("s").build().contacts().getUser("zhangsan");
  }
}
