"use client";
// Subscribes a page to a live stream (Server-Sent Events). EventSource reconnects by itself and
// sends Last-Event-ID, so the server replays what was missed; if the browser gives up (the server
// answered an error while it was away), a new EventSource is made after a pause and the page
// re-reads itself whole (`onReopen`), since a new EventSource carries no Last-Event-ID.
// Events are de-duplicated by seq: a catch-up may repeat what the live feed already brought.
import { useEffect, useRef, useState } from "react";
import type { LiveChange, Viewer } from "@/lib/domain/live-notice";

export type LiveHandlers = {
  onChange?: (change: LiveChange) => void;
  onPresence?: (viewers: Viewer[]) => void;
  /** The stream is back after being down: re-read whatever it may not replay. */
  onReopen?: () => void;
};

export type LiveState = "connecting" | "open" | "reconnecting";

function parse<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}

export function useLiveStream(url: string, handlers: LiveHandlers): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const seen = new Set<number>();
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let everOpen = false;
    let wasDown = false;
    let pause = 1000;
    let disposed = false;

    const connect = () => {
      source = new EventSource(url);
      source.addEventListener("ready", () => {
        setState("open");
        pause = 1000;
        if (everOpen && wasDown) handlersRef.current.onReopen?.();
        everOpen = true;
        wasDown = false;
      });
      source.addEventListener("change", (event) => {
        const change = parse<LiveChange>((event as MessageEvent<string>).data);
        if (!change || seen.has(change.seq)) return;
        seen.add(change.seq);
        handlersRef.current.onChange?.(change);
      });
      source.addEventListener("presence", (event) => {
        const body = parse<{ viewers: Viewer[] }>((event as MessageEvent<string>).data);
        if (body) handlersRef.current.onPresence?.(body.viewers);
      });
      source.onerror = () => {
        if (disposed) return;
        wasDown = true;
        setState("reconnecting");
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, pause);
          pause = Math.min(pause * 2, 15_000);
        }
      };
    };
    connect();
    return () => {
      disposed = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [url]);

  return state;
}
