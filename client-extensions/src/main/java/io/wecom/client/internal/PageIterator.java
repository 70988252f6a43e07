package io.wecom.client.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The pages of a {@link PagedCall}, fetched one at a time and only when asked for: the first on the first
 * {@link #hasNext()}, each next one at the position the previous page gave (its next cursor or offset). Ends after
 * the last page as {@link PagedCall#nextPosition} tells it. A WeCom error surfaces from {@link #hasNext()}; a page
 * whose next position is the one it was fetched at fails rather than loop forever.
 */
public final class PageIterator<R> implements Iterator<R> {

  private final PagedCall<R> call;
  private String cursor;
  private R fetched;
  private boolean last;

  public PageIterator(PagedCall<R> call) {
    this.call = call;
    this.cursor = call.firstPosition();
  }

  @Override
  public boolean hasNext() {
    if (fetched != null) {
      return true;
    }
    if (last) {
      return false;
    }
    R page = call.fetch(cursor);
    String next = call.nextPosition(page, cursor);
    if (next != null && next.equals(cursor)) {
      throw new IllegalStateException(call.operation().id() + " answered the page position it was sent as the next one ("
          + next + "); stopping rather than fetching the same page forever");
    }
    last = next == null;
    cursor = next;
    fetched = page;
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no page after the last one");
    }
    R page = fetched;
    fetched = null;
    return page;
  }
}
