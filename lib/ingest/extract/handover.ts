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
export function crossingOfHandover(trigger: Trigger, mentions: RoledMention[]): Place | null {
  if (trigger.type !== 'arrest' || !HANDOVER.test(trigger.text)) return null;
  return mentions.find((m) => m.role === 'scene' && isBorderCrossing(m.place))?.place ?? null;
}
