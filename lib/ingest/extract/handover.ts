import type { Place } from '@/lib/geo/types';
import type { RoledMention, Trigger } from './types';

// "handed to State Security officials", "turned over to the border guards": a handover, not a capture.
const HANDOVER = /^(?:handed|turned)\b/i;

/** A bridge or customs post on the border, where escapees are handed back. */
export function isBorderCrossing(place: Place): boolean {
  return place.level === 'site' && /-(?:bridge|customs)$/.test(place.id);
}

/**
 * "She was sent across the Friendship Bridge to Sinuiju, where she was handed to State Security officials": a handover
 * to security in a sentence that names a border crossing is the return itself, so it is a repatriation placed at
 * that crossing. A handover inside the country ("escorted to Rason and handed to state security") stays an arrest.
 */
// "was stopped at the Wonjong customs post on June 8 and handed over to state security": someone leaving whom the
// North's own customs stopped is arrested at the crossing, not returned across it.
const STOPPED_LEAVING_BEFORE = /\b(?:stopped|caught|seized|held|searched)\s+(?:[\w'’-]+\s+){0,3}?at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?customs\b/i;

export function crossingOfHandover(sentence: string, trigger: Trigger, mentions: RoledMention[]): Place | null {
  if (trigger.type !== 'arrest' || !HANDOVER.test(trigger.text)) return null;
  if (STOPPED_LEAVING_BEFORE.test(sentence.slice(0, trigger.start))) return null;
  return mentions.find((m) => m.role === 'scene' && isBorderCrossing(m.place))?.place ?? null;
}
