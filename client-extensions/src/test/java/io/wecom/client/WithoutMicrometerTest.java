package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.PlainUsage;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Micrometer is an optional dependency: a client built without it on the class path works as before. */
class WithoutMicrometerTest {

  private final FakeWeCom wecom = new FakeWeCom();

  @AfterEach
  void stop() {
    wecom.close();
  }

  @Test
  void aClientBuiltWithoutMicrometerOnTheClassPathCallsWeCom() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(classPathWithoutMicrometer(), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
          .isInstanceOf(ClassNotFoundException.class);

      @SuppressWarnings("unchecked")
      Consumer<String> application = (Consumer<String>) loader.loadClass(PlainUsage.class.getName())
          .getConstructor().newInstance();

      application.accept(wecom.baseUrl());
    }

    assertThat(wecom.requests("/cgi-bin/user/get")).singleElement()
        .satisfies(call -> assertThat(call.query("userid")).containsExactly("zhangsan"));
  }

  private static URL[] classPathWithoutMicrometer() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.contains("micrometer"))
        .map(WithoutMicrometerTest::url)
        .toArray(URL[]::new);
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
