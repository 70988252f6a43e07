package io.wecom.spring;

import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.WeComCallbackHandler;
import io.wecom.callbacks.event.CallbackEvent;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The callback URL as two routes: GET answers WeCom's URL verification with the decrypted echostr, POST verifies and
 * decrypts a callback, publishes its event as a Spring application event, hands install events of the suite to
 * {@link WeComInstallEvents} and answers {@code success}. A request that
 * does not verify gets 403 with the reason, and publishes nothing.
 */
final class CallbackRoute {

  private final WeComCallbackHandler handler;
  private final ApplicationEventPublisher events;
  private final WeComInstallEvents installs;

  CallbackRoute(WeComCallbackHandler handler, ApplicationEventPublisher events, WeComInstallEvents installs) {
    this.handler = handler;
    this.events = events;
    this.installs = installs;
  }

  RouterFunction<ServerResponse> at(String path) {
    return RouterFunctions.route().GET(path, this::verify).POST(path, this::receive).build();
  }

  private ServerResponse verify(ServerRequest request) {
    try {
      return text(handler.verifyUrl(param(request, "msg_signature"), param(request, "timestamp"),
          param(request, "nonce"), param(request, "echostr")));
    } catch (CallbackVerificationException e) {
      return refused(e);
    }
  }

  private ServerResponse receive(ServerRequest request) throws Exception {
    try {
      CallbackEvent event = handler.handle(param(request, "msg_signature"), param(request, "timestamp"),
          param(request, "nonce"), request.body(String.class));
      events.publishEvent(event);
      if (installs != null) {
        installs.accept(event);
      }
      return text("success");
    } catch (CallbackVerificationException e) {
      return refused(e);
    }
  }

  private static String param(ServerRequest request, String name) {
    return request.param(name).orElse(null);
  }

  private static ServerResponse text(String body) {
    return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(body);
  }

  private static ServerResponse refused(CallbackVerificationException e) {
    return ServerResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(e.reason().name());
  }
}
