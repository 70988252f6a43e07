package io.wecom.callbacks;

import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.client.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One app's callback settings shared by the tests, and the official example messages under {@code official/}. */
final class TestApp {

  static final String TOKEN = "t0kenOfTheApp";
  static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  static final String CORP_ID = "ww1234567890abcdef";
  static final String SUITE_ID = "ww4asffe99e54c0fxxxx";

  private TestApp() {}

  /** A config accepting the corp and the suite, on {@code clock}. */
  static CallbackConfig config(MutableClock clock) {
    return CallbackConfig.custom().token(TOKEN).encodingAesKey(KEY).receiveIds(CORP_ID, SUITE_ID).clock(clock)
        .build();
  }

  /** WeCom pushing to this app for {@code receiveId}, on {@code clock}. */
  static CallbackPusher wecom(String receiveId, MutableClock clock) {
    return CallbackPusher.of(TOKEN, KEY, receiveId).withClock(clock);
  }

  /** This app's handler, and WeCom pushing messages to it encrypted and signed. */
  static final class Receiver {
    final MutableClock clock = new MutableClock();
    final WeComCallbackHandler handler = WeComCallbackHandler.of(config(clock));

    /** The official example {@code name} pushed for the suite id. */
    CallbackEvent fromSuite(String name) {
      return receive(SUITE_ID, official(name));
    }

    /** The official example {@code name} pushed for the corp id. */
    CallbackEvent fromApp(String name) {
      return receive(CORP_ID, official(name));
    }

    CallbackEvent receive(String receiveId, String xml) {
      SignedCallback pushed = wecom(receiveId, clock).seal(xml);
      return handler.handle(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), pushed.body());
    }
  }

  /** The official example message {@code name}.xml. */
  static String official(String name) {
    try (InputStream in = TestApp.class.getResourceAsStream("/official/" + name + ".xml")) {
      if (in == null) {
        throw new IllegalArgumentException("no official example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
