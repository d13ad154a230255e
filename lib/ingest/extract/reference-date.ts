import { findDates } from '@/lib/ingest/dates';
import type { Sentence } from './types';

/**
 * The day an article's relative dates ("in mid-September", "last week") count from.
 * The publication date when the article has one. Without it, the latest full date the body prints: a
 * report is written after everything it tells, so its newest printed day ("told RFA on Sept. 30, 2016",
 * "at a closed briefing on May 13, 2015") is the nearest thing to the day it was written.
 * Null when the body prints no full date either: then no year is ever guessed.
 */
export function chooseReferenceDate(publishedAt: string | null, sentences: Sentence[]): string | null {
  if (publishedAt) return publishedAt;
  let latest: string | null = null;
  for (const sentence of sentences) {
    if (!/\d{4}/.test(sentence.text)) continue;
    for (const d of findDates(sentence.text, null)) {
      if (d.precision === 'day' && d.date && (!latest || d.date > latest)) latest = d.date;
    }
  }
  return latest;
}
