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

type Tone = { at: number; frequency: number; peak: number; length: number; wave?: OscillatorType };

/** One note with a fast attack and an exponential fade, `at` seconds from now. */
function tone(ctx: AudioContext, { at, frequency, peak, length, wave = "sine" }: Tone) {
  const start = ctx.currentTime + at;
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = wave;
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(peak, start + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(start);
  oscillator.stop(start + length + 0.05);
}

function play(tones: Tone[]) {
  const ctx = audio();
  if (!ctx || ctx.state !== "running") return;
  for (const note of tones) tone(ctx, note);
}

/** Two rising notes: distinct from a phone's ring, audible over a kitchen. */
export function chime() {
  play([880, 1320].map((frequency, index) => ({ at: index * 0.18, frequency, peak: 0.4, length: 0.35 })));
}

/** Three hard beeps: the courier-at-the-counter alarm, meant to be impossible to mistake for a new order. */
export function alarm() {
  play([0, 0.25, 0.5].map((at) => ({ at, frequency: 1760, peak: 0.5, length: 0.18, wave: "square" as const })));
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

/** Plays `sound` now and every `everyMs` while `active` holds. */
export function useRepeatingSound(active: boolean, sound: () => void, everyMs: number) {
  useEffect(() => {
    if (!active) return;
    sound();
    const timer = setInterval(sound, everyMs);
    return () => clearInterval(timer);
  }, [active, sound, everyMs]);
}
