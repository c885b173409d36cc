"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Notice = { id: number; text: string };
const SHOW_MS = 8_000;

function NoticeItem({ notice, onDone }: { notice: Notice; onDone: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDone(notice.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDone]);
  return (
    <li className="flex items-start gap-3 rounded-xl border border-warn-line bg-warn-bg px-4 py-3 shadow-lg">
      <span className="flex-1">{notice.text}</span>
      <Button look="quiet" onClick={() => onDone(notice.id)}>
        Dismiss
      </Button>
    </li>
  );
}

/** Short messages about what just happened (a conflict, a refusal), read out by screen readers. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((text: string) => setNotices((list) => [...list, { id: Date.now() + Math.random(), text }]), []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const region = (
    <ul role="status" aria-label="Notices" className="fixed top-20 right-4 z-50 flex w-[min(28rem,calc(100vw-2rem))] flex-col gap-2">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onDone={dismiss} />
      ))}
    </ul>
  );
  return { notify, region };
}
