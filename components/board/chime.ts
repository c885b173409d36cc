import { useEffect, useSyncExternalStore } from "react";

// Browsers keep audio suspended until the page is touched; one shared context tracks that.
let context: AudioContext | null = null;
const listeners = new Set<() => void>();

function audio(): AudioContext | null {
  if (typeof window === "undefined" || typeof AudioContext === "undefined") return null;
  if (!context) {
    context = new AudioContext();
    context.addEventListener("statechange", () => listeners.forEach((listener) => listener()));
  }
  return context;
}

export function enableSound() {
  void audio()?.resume();
}

/** Two rising notes: distinct from a phone's ring, audible over a kitchen. */
export function chime() {
  const ctx = audio();
  if (!ctx || ctx.state !== "running") return;
  [880, 1320].forEach((frequency, index) => {
    const start = ctx.currentTime + index * 0.18;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.35);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.4);
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the page may play sound yet; any touch on the page enables it. */
export function useSoundEnabled(): boolean {
  useEffect(() => {
    const unlock = () => enableSound();
    document.addEventListener("pointerdown", unlock, { once: true });
    return () => document.removeEventListener("pointerdown", unlock);
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => audio()?.state === "running",
    () => false,
  );
}

/** Three hard beeps: the courier-at-the-counter alarm, meant to be impossible to mistake for a new order. */
export function alarm() {
  const ctx = audio();
  if (!ctx || ctx.state !== "running") return;
  [0, 0.25, 0.5].forEach((offset) => {
    const start = ctx.currentTime + offset;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = "square";
    oscillator.frequency.value = 1760;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.5, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.2);
  });
}

/** Plays `sound` now and every `everyMs` while `active` holds. */
export function useRepeatingSound(active: boolean, sound: () => void, everyMs: number) {
  useEffect(() => {
    if (!active) return;
    sound();
    const timer = setInterval(sound, everyMs);
    return () => clearInterval(timer);
  }, [active, sound, everyMs]);
}
