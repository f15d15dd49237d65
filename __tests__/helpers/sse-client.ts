// A plain HTTP client for the live streams (text/event-stream), for tests and the live benchmark:
// opens a stream with whatever headers (cookie, bearer token, Last-Event-ID), parses its events as
// they arrive, and lets a test wait for one.
export type SseEvent = { event: string; id?: string; data: string; at: number };

export type SseStream = {
  status: number;
  headers: Headers;
  events: SseEvent[];
  comments: string[];
  /** The last `id:` the server sent, as EventSource would send it back in Last-Event-ID. */
  lastEventId?: string;
  /** Resolves with the first event (already received or still to come) that matches. */
  waitFor(match: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
};

export async function openSse(url: string, headers: Record<string, string> = {}, onEvent?: (event: SseEvent) => void): Promise<SseStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  const waiters: { match: (event: SseEvent) => boolean; resolve: (event: SseEvent) => void }[] = [];
  const stream: SseStream = {
    status: response.status,
    headers: response.headers,
    events: [],
    comments: [],
    waitFor(match, timeoutMs = 5000) {
      const found = stream.events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No matching event within ${timeoutMs} ms; got ${stream.events.map((e) => e.event).join(", ")}`)), timeoutMs);
        waiters.push({ match, resolve: (event) => (clearTimeout(timer), resolve(event)) });
      });
    },
    close: () => abort.abort(),
  };
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/event-stream")) return stream;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: "message", data: "", at: performance.now() };
          let isEvent = false;
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) stream.comments.push(line.slice(1).trim());
            else if (line.startsWith("id: ")) {
              event.id = line.slice(4);
              stream.lastEventId = event.id;
            } else if (line.startsWith("event: ")) {
              event.event = line.slice(7);
              isEvent = true;
            } else if (line.startsWith("data: ")) {
              event.data += line.slice(6);
              isEvent = true;
            }
          }
          if (!isEvent) continue;
          stream.events.push(event);
          onEvent?.(event);
          for (const waiter of waiters.splice(0)) {
            if (waiter.match(event)) waiter.resolve(event);
            else waiters.push(waiter);
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  return stream;
}

/** The parsed data of a `change` event. */
export const changeOf = (event: SseEvent) => JSON.parse(event.data) as { seq: number; entity: string; entityId: string; articleId: string; action: string; userId: string | null; userName: string | null };
