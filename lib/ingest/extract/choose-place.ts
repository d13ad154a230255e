import type { Place } from '@/lib/geo/types';
import type { IncidentType } from '@/lib/taxonomy';
import { areRelated, isAncestorOf, isPlaceAllowedFor, isUsableFor, pickMostSpecific, rankPlace } from './place-rank';
import type { ArticlePlaces, PlaceChoice, RoledMention, SentenceChoice, SentencePlaces, Trigger } from './types';

function distance(m: RoledMention, t: Trigger): number {
  if (m.end <= t.start) return t.start - m.end;
  if (t.end <= m.start) return m.start - t.end;
  return 0;
}

// "in Sukchon in June, as well as in Yongchon this month": places joined by a conjunction are listed events.
const LIST_JOINER = /^[^.;]{0,60}$/;
// "in Sariwon, while in Hwangju County ...": a contrast opens a new clause with its own verb, not a list.
const CONTRAST = /\b(?:while|whereas|but|where|when|although)\b/i;
const CONJUNCTION = /\b(?:and|as well as|or)\b|,/;

// "driven back to Dandong and sent across the Friendship Bridge": when the verb itself stands between two places,
// they are the stages of one route, not a list of scenes.
function isEnumeration(sentence: string, mentions: RoledMention[], trigger: Trigger): boolean {
  if (mentions.length < 2) return false;
  for (let i = 1; i < mentions.length; i++) {
    const between = sentence.slice(mentions[i - 1].end, mentions[i].start);
    if (!LIST_JOINER.test(between) || !CONJUNCTION.test(between) || CONTRAST.test(between)) return false;
    if (trigger.start >= mentions[i - 1].end && trigger.start < mentions[i].start) return false;
  }
  return true;
}

/**
 * The tight list a mention stands in ("in Onsong, Hoeryong and Musan"): a list belongs to one trigger as a whole,
 * so a noun after it ("during a sweep") cannot take its last town away from the verb before it.
 */
function listOf(sentence: string, m: RoledMention, mentions: RoledMention[], triggers: Trigger[]): RoledMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const linked = (a: RoledMention, b: RoledMention) => {
    const between = sentence.slice(a.end, b.start);
    return between.length <= 12 && CONJUNCTION.test(between) && !/[.;]/.test(between) && !triggers.some((t) => t.start >= a.end && t.start < b.start);
  };
  let lo = sorted.indexOf(m);
  let hi = lo;
  while (lo > 0 && linked(sorted[lo - 1], sorted[lo])) lo--;
  while (hi < sorted.length - 1 && linked(sorted[hi], sorted[hi + 1])) hi++;
  return sorted.slice(lo, hi + 1);
}

/**
 * "in Nampo, Onchon and Kangso": a town listed after the city it belongs to, in a list closed by "and", is an
 * item of its own; "in Chongjin, Sunam District" (no "and") or "Sunam, Chongjin" (child first) names one place.
 */
function isListedChild(sentence: string, parent: RoledMention, child: RoledMention, pool: RoledMention[], triggers: Trigger[]): boolean {
  if (parent.start > child.start || !isAncestorOf(parent.place, child.place)) return false;
  const list = listOf(sentence, child, pool, triggers);
  if (!list.includes(parent)) return false;
  return /\b(?:and|or|as well as)\b/.test(sentence.slice(list[0].start, list[list.length - 1].end));
}

// "arrested a smuggler in a village in X and then banished his family": a place after one verb and before a clause
// boundary attaches to that verb (its adjunct), not to the verb of the next clause.
const CLAUSE_BOUNDARY = /\band then\b|\band later\b|,\s*(?:and|but|then)\b|;|\b(?:before|after|then)\b/i;

function attachedDistance(sentence: string, m: RoledMention, t: Trigger, triggers: Trigger[]): number {
  const crosses = t.start >= m.end && triggers.some((o) => o.end <= m.start) && CLAUSE_BOUNDARY.test(sentence.slice(m.end, t.start));
  return crosses ? Infinity : distance(m, t);
}

function isOwnedBy(sentence: string, trigger: Trigger, triggers: Trigger[], list: RoledMention[]): boolean {
  const near = (t: Trigger) => Math.min(...list.map((x) => attachedDistance(sentence, x, t, triggers)));
  return triggers.every((o) => o === trigger || near(trigger) <= near(o));
}

// "a woman who had worked at a plant in Dandong was arrested ... in Shenyang": a relative clause describes the
// person's past, so its place yields to one the main clause gives.
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|which)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:been\s+)?\w+(?:ed|ing)\b[^,;.]*$/i;

// "two men, who had been cutting timber near X, slipped away": where a worker or soldier was posted is where the
// escape starts, so for a defection that clause gives the scene.
const POSTED_AT = /\b(?:work(?:s|ed|ing)?|dispatched|deployed|employed|stationed|posted|assigned|serv(?:ed|ing)|cutting|logging)\b[^,;.]*$/i;

function inRelativeClause(sentence: string, m: RoledMention, trigger: Trigger): boolean {
  const before = sentence.slice(Math.max(0, m.start - 80), m.start);
  if (m.end > trigger.start || !RELATIVE_CLAUSE_BEFORE.test(before)) return false;
  return !(trigger.type === 'defection' && POSTED_AT.test(before.slice(before.search(/\b(?:who|which)\b[^,;.]*$/i))));
}

// "checking the files of workers who are still in Russia": a country in a relative clause after the trigger
// says where those people are, not where the checking happens.
const RELATIVE_STATE_BEFORE = /\b(?:who|which|that)\s+(?:are|is|were|was|remain|live|lives|work|works)\b[^,;.]*$/i;

// "returned a large group of North Koreans held in detention centres in Jilin province to the North": where the people
// were held, told after the verb, describes them; the return happens at the border.
const HELD_AT_BEFORE = /\b(?:held|detained|kept|jailed|locked up)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$/i;

function describesPeople(sentence: string, m: RoledMention, trigger: Trigger): boolean {
  if (m.start < trigger.end) return false;
  const between = sentence.slice(trigger.end, m.start);
  return (m.place.level === 'country' && RELATIVE_STATE_BEFORE.test(between)) || (trigger.type === 'repatriation' && HELD_AT_BEFORE.test(between));
}

/**
 * Places the sentence itself gives this trigger: each usable mention belongs to its nearest trigger; a trigger
 * that owns several unrelated towns ("defections in Sukchon in June and in Yongchon this month") gets them all,
 * one incident each; a trigger that owns none shares the sentence's most specific place.
 */
export function choosePlacesInSentence(sentence: string, trigger: Trigger, triggers: Trigger[], mentions: RoledMention[]): SentenceChoice {
  const towns = mentions.filter((m) => !m.place.area);
  const chosen = chooseTowns(sentence, trigger, triggers, towns);
  if (chosen.places.length) return chosen;
  // "crossed the Yalu", "across the MDL": a line or sea area is kept for when the paragraph names no town.
  const areas = mentions.filter((m) => m.place.area && isUsableFor(trigger.type, m));
  const area = pickMostSpecific(areas, trigger.start)?.place;
  return area ? { ...chosen, area } : chosen;
}

// "in Yanji, in the Yanbian Korean Autonomous Prefecture", "in Helong, in China's Jilin province": a region hung on a
// town by ", in" says where the town lies; it is no second scene.
const HUNG_ON_TOWN = /^,\s*(?:in|of)\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)?$/;
const REGION_WORD = /^[^,;.]{0,40}?\b(?:prefecture|province|region|county|oblast|krai)\b/i;

// "the Pyongsong city stadium in South Pyongan Province": a site in the town, then the town's own region.
const SITE_IN_TOWN = /^(?:\s+[a-z]+){1,3}\s+in\s+(?:the\s+)?$/;

function locatesTown(sentence: string, m: RoledMention, mentions: RoledMention[]): boolean {
  const region = REGION_WORD.test(sentence.slice(m.start)) || m.place.level === 'province';
  return (
    region &&
    mentions.some((o) => {
      if (o === m || o.end > m.start) return false;
      const between = sentence.slice(o.end, m.start);
      return HUNG_ON_TOWN.test(between) || (SITE_IN_TOWN.test(between) && isAncestorOf(m.place, o.place));
    })
  );
}

function chooseTowns(sentence: string, trigger: Trigger, triggers: Trigger[], mentions: RoledMention[]): SentenceChoice {
  const all = mentions.filter((m) => isUsableFor(trigger.type, m) && !describesPeople(sentence, m, trigger) && !locatesTown(sentence, m, mentions));
  // A place only a relative clause gives describes the person ("a helper who sold to buyers in X was sentenced"),
  // so the trigger takes its place from the paragraph instead.
  const usable = all.filter((m) => !inRelativeClause(sentence, m, trigger));
  if (usable.length === 0) return { places: [], owned: false };
  const owned = usable.filter((m) => isOwnedBy(sentence, trigger, triggers, listOf(sentence, m, usable, triggers)));
  const pool = owned.length ? owned : usable;
  const specific = pool.filter((m) => rankPlace(m.place) >= 3).sort((a, b) => a.start - b.start);
  const distinct: RoledMention[] = [];
  for (const m of specific) {
    // "a Kanggye woman ... her mother in Kanggye": a place named twice counts where it stands nearest the verb.
    const twin = distinct.findIndex((d) => d.place.id === m.place.id);
    if (twin >= 0 && distance(m, trigger) < distance(distinct[twin], trigger)) distinct[twin] = m;
    if (distinct.some((d) => areRelated(d.place, m.place) && !isListedChild(sentence, d, m, pool, triggers))) continue;
    const narrower = (o: RoledMention) => o.place.id !== m.place.id && areRelated(m.place, o.place) && rankPlace(o.place) > rankPlace(m.place);
    if (specific.some((o) => narrower(o) && !isListedChild(sentence, m, o, pool, triggers))) continue;
    distinct.push(m);
  }
  // A list sits on one side of the verb: "inmates of X were moved to Y" names a route, not two events.
  const oneSide = distinct.every((m) => m.start < trigger.end) || distinct.every((m) => m.start >= trigger.end);
  if (owned.length && oneSide && isEnumeration(sentence, distinct, trigger)) return { places: distinct.map((m) => m.place), owned: true };
  const best = pickMostSpecific(pool, trigger.start);
  // "officials in Russia" owned by the verb names only the country; a town of that country the sentence names is
  // where it happened ("disappeared from a site in Vladivostok, prompting officials in Russia to confine the rest").
  // The town must be told before the verb: one told after it belongs to what happened next ("and police later caught
  // one of them in Khabarovsk").
  const within = best?.place.level === 'country' ? pickMostSpecific(usable.filter((m) => m.end <= trigger.start && isAncestorOf(best.place, m.place)), trigger.start) : null;
  const chosen = within ?? best;
  return { places: chosen ? [chosen.place] : [], owned: owned.length > 0 };
}

/**
 * The place a sentence without one most likely refers back to: the last place named in the nearest sentence
 * of the paragraph (earlier sentences first), or its more specific neighbour in "Yongchon, North Pyongan".
 */
function pickReferent(mentions: RoledMention[]): RoledMention | null {
  const last = mentions.at(-1);
  if (!last) return null;
  const prev = mentions.at(-2);
  const adjacent = prev && last.start - prev.end <= 3;
  return adjacent && rankPlace(prev.place) > rankPlace(last.place) && areRelated(prev.place, last.place) ? prev : last;
}

/**
 * The other sentences of the paragraph, nearest first (the earlier one on a tie), produced lazily: a paragraph
 * is a contiguous run of `all` (indexed by sentence), so this never scans the whole article per trigger.
 */
function* paragraphNeighbours(all: SentencePlaces[], sentence: SentencePlaces): Generator<SentencePlaces> {
  for (let d = 1; ; d++) {
    const before = all[sentence.index - d];
    const after = all[sentence.index + d];
    const inBefore = before?.paragraph === sentence.paragraph;
    const inAfter = after?.paragraph === sentence.paragraph;
    if (!inBefore && !inAfter) return;
    if (inBefore) yield before;
    if (inAfter) yield after;
  }
}

/**
 * Falls back from the paragraph to the article's recurring place, then the source's home, then nothing.
 * `country` narrows the choice when the sentence names a foreign force ("Chinese border guards").
 */
export function chooseFallbackPlace(type: IncidentType, sentence: SentencePlaces, article: ArticlePlaces, country: string | null, area?: Place): PlaceChoice {
  const fits = (p: Place) => isPlaceAllowedFor(type, p) && (!country || p.country === country);
  for (const s of paragraphNeighbours(article.sentences, sentence)) {
    const best = pickReferent(s.mentions.filter((m) => isUsableFor(type, m) && rankPlace(m.place) >= 2 && fits(m.place)));
    if (best) return { place: best.place, strength: 'paragraph' };
  }
  // The article's own town says more than a river or line running past it ("near the Yalu" in a Hyesan story).
  const focus = article.focus.find(fits);
  if (focus) return { place: focus, strength: 'article' };
  if (area && fits(area)) return { place: area, strength: 'sentence' };
  const source = article.sources.find(fits);
  if (source) return { place: source, strength: 'source' };
  return { place: null, strength: 'none' };
}
