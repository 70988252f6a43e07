package io.wecom.client.paging;

import io.wecom.client.WeComClient;
import io.wecom.client.internal.PageIterator;
import io.wecom.client.internal.PagedCall;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy streams over WeCom's paged lists: every operation the spec marks with {@code x-wecom-pagination}, whether it
 * pages by cursor (user/list_id, externalcontact/batch/get_by_user, groupchat/list, ...) or by offset and limit
 * (kf/account/list, smart-sheet records, ...). Write the call for the first page; the stream makes it again at each
 * next position (the {@code next_cursor} exactly as WeCom sent it, or the next offset), fetching a page only when its
 * items are needed, and ends after the last page:
 *
 * <pre>{@code
 * try (Stream<UserDeptUser> members = wecom.pages().items(ContactsApi.class,
 *     api -> api.listUserIds(new ListUserIdsRequest().limit(1000)))) {
 *   members.forEach(m -> index(m.getUserid(), m.getDepartment()));
 * }
 * }</pre>
 *
 * <p>Each page is an ordinary call of the client: tokens, retries, metrics and errors apply to it, and a
 * {@link io.wecom.client.error.WeComException} from any page ends the stream by propagating from the terminal
 * operation. A cursor or offset in the first request resumes from there. The streams are sequential and single-use.
 */
public final class Pages {

  private final WeComClient client;

  private Pages(WeComClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The pager of {@code client}; the same as {@code client.pages()}. */
  public static Pages of(WeComClient client) {
    return new Pages(client);
  }

  /**
   * Every page's whole answer, e.g. to read {@code fail_info} beside the items.
   *
   * @param api the generated interface, e.g. {@code ContactsApi.class}
   * @param firstPage calls exactly one cursor-paged method of {@code api} with the first page's arguments
   * @throws IllegalArgumentException at once when {@code firstPage} does not call exactly one method, or that method
   *     is not cursor-paged
   */
  public <A, R> Stream<R> responses(Class<A> api, Function<A, R> firstPage) {
    return stream(new PageIterator<>(PagedCall.record(client.api(api), api, firstPage)));
  }

  /**
   * The items of every page, in order: the answer field the spec names as the operation's {@code itemsField}
   * ({@code dept_user}, {@code external_contact_list}, {@code group_chat_list}, ...). The item type is the element
   * type of that field, e.g. {@code UserDeptUser} for listUserIds.
   *
   * @throws IllegalArgumentException as {@link #responses(Class, Function)}
   */
  public <A, T> Stream<T> items(Class<A> api, Function<A, ?> firstPage) {
    PagedCall<Object> call = PagedCall.record(client.api(api), api, firstPage::apply);
    PageIterator<Object> pages = new PageIterator<>(call);
    return stream(new Iterator<T>() {
      private Iterator<?> items = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && pages.hasNext()) {
          items = call.items(pages.next()).iterator();
        }
        return items.hasNext();
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        hasNext();
        return (T) items.next();
      }
    });
  }

  private static <T> Stream<T> stream(Iterator<T> iterator) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
