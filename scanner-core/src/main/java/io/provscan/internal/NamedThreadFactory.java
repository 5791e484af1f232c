package io.provscan.internal;

import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates daemon threads named {@code prefix-N}, so a thread dump says who is doing what. */
public final class NamedThreadFactory implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger next = new AtomicInteger(1);

  /**
   * @param prefix the name every thread starts with, such as {@code provscan-worker}
   */
  public NamedThreadFactory(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread =
        new Thread(task, String.format(Locale.ROOT, "%s-%d", prefix, next.getAndIncrement()));
    thread.setDaemon(true);
    return thread;
  }
}
