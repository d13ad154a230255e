/**
 * A byte stream pulled one page at a time: the next page is read from the database only when the client
 * has taken the previous one (backpressure), and a client that goes away stops the reading.
 */
export function streamPages<T>(
  pages: AsyncGenerator<T[]>,
  format: { start: string; page: (items: T[], first: boolean) => string; end: string },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format.start) controller.enqueue(encoder.encode(format.start));
      },
      async pull(controller) {
        try {
          const next = await pages.next();
          if (next.done) {
            if (format.end) controller.enqueue(encoder.encode(format.end));
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(format.page(next.value, first)));
          first = false;
        } catch (error) {
          console.error('export stream failed:', error);
          controller.error(error);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
