// One SSE response (lib/live/sse-connection.ts): the wire format, and the bounded queue: a client
// that does not read is dropped once its queue is full, instead of being buffered without bound.
import { SSE_HEADERS, SseConnection } from "@/lib/live/sse-connection";

describe("SseConnection", () => {
  it("writes retry, events with ids, and ping comments in the SSE format, with headers that keep proxies from buffering", async () => {
    const connection = new SseConnection(new AbortController().signal, 10);
    connection.sendRetry(2000);
    connection.send("change", { seq: 7 }, 7);
    connection.ping();
    connection.close();
    expect(await connection.response.text()).toBe('retry: 2000\n\nid: 7\nevent: change\ndata: {"seq":7}\n\n: ping\n\n');
    expect(connection.response.headers.get("content-type")).toBe(SSE_HEADERS["Content-Type"]);
    expect(connection.response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(connection.response.headers.get("x-accel-buffering")).toBe("no");
  });

  it("drops a client that reads nothing once its queue is full, and says so to its owner", () => {
    const connection = new SseConnection(new AbortController().signal, 3);
    const closed = jest.fn();
    connection.onClose(closed);
    for (let index = 0; index < 3; index++) connection.send("change", { seq: index }, index);
    expect(connection.isClosed).toBe(false);
    connection.send("change", { seq: 3 }, 3);
    expect(connection.isClosed).toBe(true);
    expect(closed).toHaveBeenCalledTimes(1);
    // Writes after the drop go nowhere and throw nothing.
    expect(() => connection.send("change", { seq: 4 }, 4)).not.toThrow();
  });

  it("closes when the request is aborted (the browser went away)", () => {
    const request = new AbortController();
    const connection = new SseConnection(request.signal, 3);
    const closed = jest.fn();
    connection.onClose(closed);
    request.abort();
    expect(connection.isClosed).toBe(true);
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
