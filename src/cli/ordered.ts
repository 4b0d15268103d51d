/**
 * Runs tasks a few at a time and hands their results on in input order, each as soon as it and
 * all before it are done. At most `window` tasks are started and not yet handed on, and the input
 * is pulled only when there is room, so memory stays bounded however long the input is.
 */
export async function runOrdered<T, R>(
  inputs: AsyncIterable<T>,
  window: number,
  start: (input: T) => Promise<R>,
  emit: (result: R) => Promise<boolean>,
): Promise<void> {
  const queue: Promise<R>[] = [];
  let ended = false;
  let stopped = false;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = (w: (() => void) | null): void => w?.();

  const consumer = (async (): Promise<void> => {
    for (;;) {
      if (!queue.length) {
        if (ended) return;
        await new Promise<void>((r) => (wakeConsumer = r));
        wakeConsumer = null;
        continue;
      }
      const result = await queue[0]!;
      void queue.shift();
      wake(wakeProducer);
      if (!(await emit(result))) {
        stopped = true;
        wake(wakeProducer);
        return;
      }
    }
  })();

  for await (const input of inputs) {
    while (queue.length >= window && !stopped) {
      await new Promise<void>((r) => (wakeProducer = r));
      wakeProducer = null;
    }
    if (stopped) break;
    queue.push(start(input));
    wake(wakeConsumer);
  }
  ended = true;
  wake(wakeConsumer);
  await consumer;
}
