/** Display helpers; dates are ISO strings from main, shown in the user's locale. */
import { useEffect, useState } from 'react';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// The month is written out ("Nov 30, 2026"): "11/30/26" reads as another day in half the world.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The day only, for narrow columns; the full date and time go in a tooltip. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dayFormat.format(date);
}

/** "today", "yesterday", or the day written out: when a key was added, as a person says it. */
export function dayLabel(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const day = (t: number) => new Date(t).toDateString();
  if (day(date.getTime()) === day(now)) return 'today';
  if (day(date.getTime()) === day(now - 86_400_000)) return 'yesterday';
  return `on ${dayFormat.format(date)}`;
}

/** "an OpenAI key", "a DeepSeek key": by the sound of the first letter, which for these names is its spelling. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : timeFormat.format(date);
}

/** "12 days", "3 hours", "5 minutes". */
export function duration(ms: number): string {
  const [unit, size] = steps.find(([, size]) => ms >= size) ?? ['minute', 60_000];
  const count = Math.max(1, Math.floor(ms / size));
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
}

const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "just now", "3 minutes ago", "yesterday". */
export function timeAgo(iso: string, now: number): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '—';
  const elapsed = now - then;
  if (elapsed < 45_000) return 'just now';
  for (const [unit, ms] of steps) {
    if (elapsed >= ms) return relative.format(-Math.floor(elapsed / ms), unit);
  }
  return relative.format(-1, 'minute');
}

/** The current time, refreshed every `intervalMs` so relative times stay true. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
