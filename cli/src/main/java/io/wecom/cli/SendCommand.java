package io.wecom.cli;

import io.wecom.client.message.AppMessage;
import io.wecom.client.message.Messages;
import io.wecom.client.model.MessageNewsArticle;
import io.wecom.client.model.MessageTextCard;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wecom send}: one subcommand per message kind, sent through the client's message builders. */
@Command(name = "send", description = "Send an app message.",
    subcommands = {SendCommand.Text.class, SendCommand.Markdown.class, SendCommand.TextCard.class,
        SendCommand.News.class})
final class SendCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a message kind is missing: text, markdown, "
        + "textcard or news");
  }

  @Command(name = "text", description = "Send a text (at most 2048 bytes).")
  static final class Text extends MessageCommand {
    Text(CliContext context) {
      super(context);
    }

    @Override
    AppMessage content(Optional<String> text) {
      return Messages.text(required(text));
    }
  }

  @Command(name = "markdown", description = "Send a markdown text (at most 2048 bytes).")
  static final class Markdown extends MessageCommand {
    Markdown(CliContext context) {
      super(context);
    }

    @Override
    AppMessage content(Optional<String> text) {
      return Messages.markdown(required(text));
    }
  }

  @Command(name = "textcard", description = "Send a text card; TEXT is its description (at most 512 characters).")
  static final class TextCard extends MessageCommand {
    @Mixin
    private Link link;

    @Option(names = "--button", paramLabel = "TEXT", description = "The button text (at most 4 characters).")
    private String button;

    TextCard(CliContext context) {
      super(context);
    }

    @Override
    AppMessage content(Optional<String> text) {
      return Messages.textCard(new MessageTextCard().title(link.title).description(required(text)).url(link.url)
          .btntxt(button));
    }
  }

  @Command(name = "news", description = "Send a news message of one article; TEXT is its description, if any.")
  static final class News extends MessageCommand {
    @Mixin
    private Link link;

    @Option(names = "--picurl", paramLabel = "URL", description = "The picture (JPG or PNG, 1068x455 is best).")
    private String picurl;

    News(CliContext context) {
      super(context);
    }

    @Override
    AppMessage content(Optional<String> text) {
      return Messages.news(new MessageNewsArticle().title(link.title).description(text.orElse(null)).url(link.url)
          .picurl(picurl));
    }
  }

  /** The title and link of a text card or a news article. */
  static final class Link {
    @Option(names = "--title", required = true, description = "The title (at most 128 characters for a text card, "
        + "128 bytes for news).")
    private String title;

    @Option(names = "--url", required = true, description = "The link it opens.")
    private String url;
  }
}
