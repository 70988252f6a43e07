package io.wecom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of a message: the words given on the command line, a file ({@code --file F}), or standard input (with
 * {@code -}, or when nothing else is given and standard input is not a terminal). Line breaks at the end are
 * dropped, since {@code echo} and most files end with one.
 */
final class TextInput {

  private TextInput() {}

  static Optional<String> read(List<String> words, Path file, CliContext context) {
    if (!words.isEmpty() && file != null) {
      throw CliException.usage("give the text or --file, not both");
    }
    if (words.equals(List.of("-"))) {
      return Optional.of(stdin(context));
    }
    if (!words.isEmpty()) {
      return Optional.of(String.join(" ", words));
    }
    if (file != null) {
      try {
        return Optional.of(trimLineBreaks(Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw CliException.usage("cannot read --file " + file + ": " + e.getClass().getSimpleName());
      }
    }
    if (!context.stdinIsTerminal()) {
      return Optional.of(stdin(context)).filter(text -> !text.isEmpty());
    }
    return Optional.empty();
  }

  private static String stdin(CliContext context) {
    try {
      return trimLineBreaks(new String(context.in().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliException.usage("cannot read standard input: " + e.getMessage());
    }
  }

  private static String trimLineBreaks(String text) {
    return text.replaceFirst("[\\r\\n]+$", "");
  }
}
