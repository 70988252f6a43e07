package io.wecom.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates the commands, handing the {@link CliContext} to those whose constructor takes it. */
final class ContextFactory implements CommandLine.IFactory {

  private final CliContext context;

  ContextFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(context));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
