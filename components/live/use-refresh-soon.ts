"use client";
// Re-reads the page's server data (router.refresh: the normal, permission-checked read path) once
// for a burst of live events, instead of once per event.
import { useCallback, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

export function useRefreshSoon(delayMs = 150): () => void {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, delayMs);
  }, [router, delayMs]);
}
