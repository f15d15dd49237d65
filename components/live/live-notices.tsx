"use client";
// Short notices of other people's changes, in a polite live region: read out without taking the
// focus, and gone after a few seconds.
import { useCallback, useEffect, useRef, useState } from "react";

const SHOWN_MS = 8000;
const MAX_SHOWN = 3;

export type LiveNotice = { key: number; text: string };

export function useLiveNotices(): { notices: LiveNotice[]; add: (text: string) => void } {
  const [notices, setNotices] = useState<LiveNotice[]>([]);
  const next = useRef(0);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const add = useCallback((text: string) => {
    const key = (next.current += 1);
    setNotices((current) => [...current, { key, text }].slice(-MAX_SHOWN));
    timers.current.push(setTimeout(() => setNotices((current) => current.filter((notice) => notice.key !== key)), SHOWN_MS));
  }, []);
  return { notices, add };
}

export function LiveNotices({ notices, label }: { notices: LiveNotice[]; label: string }) {
  return (
    // role="log": a polite live region of messages that come and go, named so it can be found.
    <div className="live-notices" role="log" aria-live="polite" aria-label={label}>
      {notices.map((notice) => (
        <p key={notice.key} className="live-notice">
          {notice.text}
        </p>
      ))}
    </div>
  );
}
