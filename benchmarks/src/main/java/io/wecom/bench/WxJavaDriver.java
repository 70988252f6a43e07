package io.wecom.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * WxJava ({@code weixin-java-cp}) as its README sets it up: {@code WxCpServiceImpl} (Apache HttpClient) with an
 * in-memory {@code WxCpDefaultConfigImpl}, its base URL pointed at the local server.
 */
final class WxJavaDriver implements Driver {

  private final WxCpService service = new WxCpServiceImpl();

  WxJavaDriver(String baseUrl) {
    WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
    config.setCorpId(Workload.CORP_ID);
    config.setCorpSecret(Workload.SECRET);
    config.setAgentId(Workload.AGENT_ID);
    config.setBaseApiUrl(baseUrl);
    service.setWxCpConfigStorage(config);
  }

  @Override
  public String name() {
    return "WxJava " + version();
  }

  @Override
  public Session open() {
    return workload -> {
      switch (workload) {
        case SEND_TEXT -> {
          WxCpMessageSendResult sent = service.getMessageService().send(WxCpMessage.TEXT()
              .agentId(Workload.AGENT_ID).toUser(Workload.USER_ID).content(Workload.TEXT).build());
          if (sent.getMsgId() == null) {
            throw new IllegalStateException("message/send answered without msgid");
          }
        }
        case GET_USER -> {
          WxCpUser user = service.getUserService().getById(Workload.USER_ID);
          if (!Workload.USER_ID.equals(user.getUserId())) {
            throw new IllegalStateException("user/get answered " + user.getUserId());
          }
        }
      }
    };
  }

  /** The WxJava version on the classpath, from its Maven metadata. */
  static String version() {
    try (InputStream in = WxCpService.class.getResourceAsStream(
        "/META-INF/maven/com.github.binarywang/weixin-java-cp/pom.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "(version unknown)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
