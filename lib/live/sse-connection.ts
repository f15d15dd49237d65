// One open Server-Sent Events response. Writes go through a bounded queue (the ReadableStream's
// high-water mark, in messages): a client that reads too slowly, or has gone, is dropped instead of
// buffered without bound; its EventSource reconnects with Last-Event-ID and catches up.
const encoder = new TextEncoder();

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform also keeps Next's (and most proxies') compression off the stream, which would
  // otherwise hold events back until a buffer fills.
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx and friends: do not buffer this response.
  "X-Accel-Buffering": "no",
} as const;

export class SseConnection {
  readonly response: Response;
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private closed = false;
  private readonly onCloseHandlers: (() => void)[] = [];

  constructor(signal: AbortSignal, maxQueued: number) {
    const stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
        },
        cancel: () => this.close(),
      },
      new CountQueuingStrategy({ highWaterMark: maxQueued }),
    );
    signal.addEventListener("abort", () => this.close(), { once: true });
    if (signal.aborted) this.closed = true;
    this.response = new Response(stream, { status: 200, headers: SSE_HEADERS });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.onCloseHandlers.push(handler);
  }

  /** An event; `id` becomes the client's Last-Event-ID. Data is JSON on one line. */
  send(event: string, data: unknown, id?: number): void {
    this.write(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** How long the browser waits before reconnecting, in ms. */
  sendRetry(ms: number): void {
    this.write(`retry: ${ms}\n\n`);
  }

  /** A comment line: keeps proxies from closing an idle stream. */
  ping(): void {
    this.write(": ping\n\n");
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.controller?.close();
    } catch {
      // Already closed by the client side.
    }
    for (const handler of this.onCloseHandlers.splice(0)) handler();
  }

  private write(text: string): void {
    if (this.closed || !this.controller) return;
    if ((this.controller.desiredSize ?? 1) <= 0) return this.close();
    try {
      this.controller.enqueue(encoder.encode(text));
    } catch {
      this.close();
    }
  }
}
