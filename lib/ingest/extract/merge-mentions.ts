import { haversineKm } from '@/lib/geo/haversine';
import type { Place } from '@/lib/geo/types';
import type { IncidentType } from '@/lib/taxonomy';
import { isBorderCrossing } from './handover';
import { LASTING_TYPES } from './lexicon-control';
import { areRelated, rankPlace } from './place-rank';
import type { Mention, MergedIncident, PlaceStrength } from './types';

const STRENGTH: Record<PlaceStrength, number> = { sentence: 4, paragraph: 3, article: 2, source: 1, none: 0 };
// Two reports of the same kind of event this close together are taken as one event.
const SAME_EVENT_KM = 30;
// How far the town abroad where a return began may lie from the crossing where it ended: Shenyang is 190 km from the
// Dandong bridge, Dandong 450 km from the Tumen crossing.
const CROSSING_TOWN_KM = 300;
// Kinds of incident an article almost always tells as one chain (one family, one request to China, one
// session), so a mention placed only by its paragraph joins the report that names the place.
const ONE_CHAIN_TYPES: IncidentType[] = ['repatriation', 'execution', 'family_punishment', 'indoctrination'];

// "In Manpo, the 109 sangmu ...": a sentence that opens on a place sets a new scene.
// "In the villages around Hongwon, ..." sets one too.
const FRONTED_PLACE = /^[“"']?(?:In|At|Over in|Meanwhile,? in|Elsewhere,? in)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){1,3}(?:around|near|outside|of|in)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*,/;

// "Around the same time, a man in Pochon County was caught": a sentence that opens on another case tells a new one.
const ANOTHER_CASE_OPENING = /^[“"']?(?:(?:Around|At|About) the same time|Meanwhile|Separately|Elsewhere|In (?:another|a separate|a similar) case)\b/i;

/** Same province, told in consecutive sentences: one episode ("caught in Shenyang ... held in Dandong"). */
function sameEpisode(a: Mention, b: Mention): boolean {
  const later = a.sentence > b.sentence ? a : b;
  if (a.sentence !== b.sentence && (FRONTED_PLACE.test(later.evidence) || ANOTHER_CASE_OPENING.test(later.evidence))) return false;
  if (a.place && b.place && rankPlace(a.place) === 5 && rankPlace(b.place) === 5 && a.place.id !== b.place.id) return false;
  return Math.abs(a.sentence - b.sentence) <= 1 && !!a.place?.admin1 && a.place.admin1 === b.place?.admin1;
}

/**
 * Whether a mention of `target` told within one sentence of `m` passes `test`. Mentions come in reading order
 * (a later one is at most one sentence behind an earlier one), so the scan walks back from the newest and
 * stops once two sentences behind `m`: merging stays linear however long the article.
 */
function someNearby(target: MergedIncident, m: Mention, test: (o: Mention) => boolean): boolean {
  for (let k = target.mentions.length - 1; k >= 0; k--) {
    const o = target.mentions[k];
    if (o.sentence < m.sentence - 2) return false;
    if (Math.abs(o.sentence - m.sentence) <= 1 && test(o)) return true;
  }
  return false;
}

/** "arrests in Hyesan and Samsu": places listed for one verb stay apart however close they lie. */
function listedApart(target: MergedIncident, m: Mention): boolean {
  return !!m.listed && someNearby(target, m, (o) => !!o.listed && o.sentence === m.sentence && o.place?.id !== m.place?.id);
}

/** "the father, in Kilju, was dismissed, and the mother, in Hwadae, was sent away": two clauses, two towns. */
function ownTownsApart(target: MergedIncident, m: Mention): boolean {
  const town = (x: Mention) => !!x.place && x.strength === 'sentence' && rankPlace(x.place) >= 3;
  return (
    m.type === 'family_punishment' &&
    town(m) &&
    someNearby(target, m, (o) => o.sentence === m.sentence && town(o) && !areRelated(o.place!, m.place!))
  );
}

/** "In Hyesan, police detained four people … In Samsu County, upstream, a man was arrested": a new scene, not the same event nearby. */
function frontedApart(target: MergedIncident, m: Mention): boolean {
  if (!m.place || !target.place || areRelated(m.place, target.place) || !FRONTED_PLACE.test(m.evidence)) return false;
  return target.mentions.every((o) => o.sentence !== m.sentence);
}

function placesCompatible(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return true;
  if (areRelated(a, b)) return true;
  if (a.country !== b.country) return false;
  // A river or the MDL runs past many towns: it agrees with any place on its side of the border.
  if (rankPlace(a) === 1 || rankPlace(b) === 1 || a.area || b.area) return true;
  // Two different named sites (a university and a square) are two scenes, however near.
  if (rankPlace(a) === 5 && rankPlace(b) === 5) return false;
  return rankPlace(a) >= 3 && rankPlace(b) >= 3 && haversineKm(a.lat, a.lon, b.lat, b.lon) <= SAME_EVENT_KM;
}

/**
 * "detained in Shenyang and handed them over ...; they were sent across the bridge to Sinuiju": a return told first
 * at the town abroad where it began and then at the crossing where it ended is one repatriation, at the crossing.
 */
function endsAtCrossing(target: MergedIncident, m: Mention): boolean {
  if (target.type !== 'repatriation' || m.type !== 'repatriation' || !target.place || !m.place) return false;
  const [crossing, start] = isBorderCrossing(m.place) ? [m.place, target.place] : [target.place, m.place];
  // The start may be only the country abroad ("caught in China and sent back"); a town must lie by that crossing
  // (a group sent back at Dandong and another through the Tumen crossing are two returns).
  if (!isBorderCrossing(crossing) || isBorderCrossing(start) || start.country === 'KP') return false;
  if (start.level === 'country') return true;
  return rankPlace(start) >= 3 && haversineKm(start.lat, start.lon, crossing.lat, crossing.lon) <= CROSSING_TOWN_KM;
}

/** "deported from Laos ... flown back to Pyongyang": a return named by its foreign country is the chain told elsewhere. */
function sameReturnChain(target: MergedIncident, m: Mention): boolean {
  if (target.type !== 'repatriation' || m.type !== 'repatriation' || !target.place || !m.place) return false;
  const countryAbroad = (p: Place) => p.level === 'country' && p.country !== 'KP';
  const [country, other] = countryAbroad(m.place) ? [m.place, target.place] : [target.place, m.place];
  return countryAbroad(country) && (other.country === 'KP' || other.country === country.country);
}

function datesCompatible(a: Mention, b: Mention): boolean {
  // Only dates the text gives the event itself can tell two events apart; borrowed ones cannot.
  if (!a.date.date || !b.date.date || !a.date.mentioned || !b.date.mentioned) return true;
  // A state that began on a date ("since January") takes in what is told of it later on.
  // Two starts told for one measure are two bounds of it, whichever is told first.
  if (a.date.since && b.date.since) return true;
  if (a.date.since || b.date.since) {
    const [start, other] = a.date.since ? [a.date.date, b.date.date] : [b.date.date, a.date.date];
    if (other.slice(0, start.length) >= start) return true;
  }
  // A bare year agrees with any date in that year, not with other years.
  if (a.date.date.length === 4 || b.date.date.length === 4) return a.date.date.slice(0, 4) === b.date.date.slice(0, 4);
  return a.date.date.slice(0, 7) === b.date.date.slice(0, 7);
}

function isStronger(m: Mention, than: Mention): boolean {
  const ds = STRENGTH[m.strength] - STRENGTH[than.strength];
  if (ds !== 0) return ds > 0;
  return (m.place ? rankPlace(m.place) : 0) > (than.place ? rankPlace(than.place) : 0);
}

function absorb(target: MergedIncident, m: Mention): void {
  target.mentions.push(m);
  if (isStronger(m, target)) {
    target.place = m.place;
    target.strength = m.strength;
  }
  if (!target.date.date && m.date.date) target.date = m.date;
  else if (!target.date.mentioned && m.date.mentioned) target.date = m.date;
  // "have since removed his family" only bounds a single event from below; the day told of it later dates it. A
  // measure that goes on keeps the day it began.
  else if (target.date.since && !m.date.since && m.date.mentioned && m.date.date && !LASTING_TYPES.includes(target.type)) target.date = m.date;
  // Two starts told for one measure ("has since been gripped by searches" after a January event; "since the beginning
  // of February, inspectors have been searching bags"): the later start is the closer bound.
  else if (target.date.since && m.date.since && m.date.date && target.date.date && m.date.date > target.date.date) target.date = m.date;
  // "sent back this summer" gives only the year; "in late August she was walked across the bridge" names the month.
  else if (target.date.date?.length === 4 && m.date.mentioned && m.date.date && m.date.date.length > 4 && m.date.date.startsWith(target.date.date)) target.date = m.date;
  for (const a of m.actors) if (!target.actors.includes(a)) target.actors.push(a);
  for (const t of m.tags) if (!target.tags.includes(t)) target.tags.push(t);
}

/**
 * Folds the mentions of one article into incidents. Mentions whose sentence names the place merge when their
 * places agree (same place, one inside the other, or a few km apart) and their dates do not clash; mentions
 * that only inherited a place then join the nearest incident of their type ("the man's arrest").
 */
export function mergeMentions(mentions: Mention[]): MergedIncident[] {
  const incidents: MergedIncident[] = [];
  const fresh = (m: Mention): MergedIncident => ({ ...m, actors: [...m.actors], tags: [...m.tags], mentions: [m] });
  const explicit = mentions.filter((m) => m.strength === 'sentence' && !m.announcement && !m.background);
  const inherited = mentions.filter((m) => m.strength !== 'sentence' && !m.announcement && !m.background);
  for (const m of explicit) {
    const target = incidents.find(
      (i) =>
        i.type === m.type &&
        datesCompatible(i, m) &&
        !listedApart(i, m) &&
        !ownTownsApart(i, m) &&
        !frontedApart(i, m) &&
        (placesCompatible(i.place, m.place) || someNearby(i, m, (o) => sameEpisode(o, m)) || endsAtCrossing(i, m) || sameReturnChain(i, m)),
    );
    if (!target) {
      incidents.push(fresh(m));
      continue;
    }
    const crossing = m.place && isBorderCrossing(m.place) && endsAtCrossing(target, m) ? m.place : null;
    absorb(target, m);
    if (crossing) target.place = crossing;
  }
  for (const m of inherited) {
    const candidates = incidents
      .filter((i) => i.type === m.type && datesCompatible(i, m))
      .sort((a, b) => Math.abs(a.sentence - m.sentence) - Math.abs(b.sentence - m.sentence));
    // A paragraph's own place keeps its mention apart from elsewhere; weaker guesses join the nearest report.
    const weak = m.strength !== 'paragraph' || ONE_CHAIN_TYPES.includes(m.type);
    const target =
      candidates.find((i) => placesCompatible(i.place, m.place)) ??
      (ONE_CHAIN_TYPES.includes(m.type) ? candidates[0] : weak ? candidates.find((i) => i.strength === 'sentence') : undefined);
    if (target) absorb(target, m);
    else incidents.push(fresh(m));
  }
  // An announced rule is the same crackdown as the searches the article reports; alone, it is the crackdown.
  for (const m of mentions.filter((x) => x.announcement)) {
    const target = incidents.filter((i) => i.type === m.type).sort((a, b) => Math.abs(a.sentence - m.sentence) - Math.abs(b.sentence - m.sentence))[0];
    // It says where the rule applies, not where the searches were: keep the report's place.
    if (target) absorb(target, { ...m, strength: 'none' });
    else incidents.push(fresh(m));
  }
  // A background event adds its date to the same event told as news, and is dropped when there is none.
  for (const m of mentions.filter((x) => x.background)) {
    const target = incidents.find((i) => i.type === m.type && datesCompatible(i, m));
    if (target) absorb(target, { ...m, strength: 'none' });
  }
  return incidents.sort((a, b) => a.mentions[0].sentence - b.mentions[0].sentence);
}
