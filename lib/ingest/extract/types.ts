import type { PlaceMention } from '@/lib/geo/gazetteer';
import type { Place } from '@/lib/geo/types';
import type { IncidentFields } from '@/lib/incidents/incident-fields';
import type { ParsedArticle } from '@/lib/ingest/types';
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';

/**
 * The extractor's data, in the order an article flows through it: sentences → triggers → roled place
 * mentions → place and date choices → mentions → merged incidents → extracted incidents. The step files
 * hold behaviour only; every shape they pass between each other lives here.
 */

/** A sentence of the body with its position, so later steps can look at its paragraph and neighbours. */
export type Sentence = { text: string; index: number; paragraph: number };

/** A phrase that names an incident type, with its span in the sentence. */
export type Trigger = { type: IncidentType; start: number; end: number; text: string };

/** Where the trigger phrase ends, and whether it may be told as going on after it (searches and sessions). */
/** `crossing`: the trigger names an escape, which a crossing told in its subject's relative clause dates. */
export type TriggerSpan = { end?: number; ongoingAfter?: boolean; crossing?: boolean };

/**
 * What a place mention is doing in its sentence. Only `scene` mentions can be where an incident happened;
 * `source` is where the informant lives ("a source in North Hamgyong Province"), `origin` is where goods or
 * people came from ("rice from China"), `destination` is where escapees were heading ("to South Korea").
 */
export type PlaceRole = 'scene' | 'source' | 'origin' | 'destination' | 'scope';
export type RoledMention = PlaceMention & { role: PlaceRole };

/** How directly the text ties the place to the incident; merging prefers stronger ties. */
export type PlaceStrength = 'sentence' | 'paragraph' | 'article' | 'source' | 'none';
export type PlaceChoice = { place: Place | null; strength: PlaceStrength };

export type SentencePlaces = { mentions: RoledMention[]; paragraph: number; index: number };

/** The places a sentence gives one trigger; `area` is a line or sea area it names when it names no town. */
export type SentenceChoice = { places: Place[]; owned: boolean; area?: Place };

/** What the whole article offers when a sentence names no place itself. */
export type ArticlePlaces = { sentences: SentencePlaces[]; focus: Place[]; sources: Place[] };

/** `since`: the date starts a state that goes on ("checks tightened since the start of the year"). */
export type DateChoice = { date: string | null; precision: DatePrecision; mentioned: boolean; since?: boolean };

/** One sentence's report of an incident, before mentions of the same incident are merged. */
export type Mention = {
  type: IncidentType;
  sentence: number;
  evidence: string;
  place: Place | null;
  strength: PlaceStrength;
  date: DateChoice;
  actors: string[];
  tags: string[];
  /** Told in the past perfect ("had been arrested in July"): a step back from the story's timeline. */
  flashback?: boolean;
  /** One of several places listed for one verb ("in Hyesan and Samsu"): an incident of its own. */
  listed?: boolean;
  /** A crackdown only announced ("issued an order banning ..."), which an enforcement report in the article covers. */
  announcement?: boolean;
  /** Told only as the background of another event ("the parents of a man who fled"): it joins, never founds, an incident. */
  background?: boolean;
  /** The trigger's words, lower-cased ("were arrested"). */
  trigger?: string;
};

/** Mentions merged into one incident. */
export type MergedIncident = Mention & { mentions: Mention[] };

/** What a summary is composed from: extracted facts, never the article's words. */
export type SummaryFacts = { type: IncidentType; actors: string[]; tags: string[]; placeName: string | null; date: string | null };

/**
 * One incident found in an article. The shape belongs to the domain (lib/incidents stores it), so the
 * storage code never imports from ingest and the two folders do not import each other.
 */
export type ExtractedIncident = IncidentFields;

type ArticleHead = Pick<ParsedArticle, 'title' | 'outlet' | 'publishedAt' | 'url'>;
export type ExtractedItem = { article: ArticleHead; incidents: ExtractedIncident[] };

/**
 * One element of `extract`'s output (PRODUCT.md, "Command line"). A feed file is still one element: its
 * first item fills `article`/`incidents` and `items` lists every item, so the array stays one per file.
 */
export type FileExtraction =
  | ({ file: string } & ExtractedItem & { items?: ExtractedItem[] })
  | { file: string; error: string };
