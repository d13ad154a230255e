import type { ParsedArticle } from '@/lib/ingest/types';
import { actorsAt } from './actors';
import { collectArticlePlaces } from './article-places';
import { KEEP_AT, probabilityOf, shownConfidence } from './confidence';
import { confidenceFeatures, type FeatureVector } from './confidence-features';
import { findMentions } from './find-mentions';
import { findTriggers } from './find-triggers';
import { dateFromEarlierEvent, dateFromFollowUps } from './follow-up-dates';
import { assumedDates, shareParagraphDates, shareSentenceDates, shareStoryMonth } from './inherit-dates';
import { mergeMentions } from './merge-mentions';
import { narrowCountries } from './narrow-country';
import { chooseReferenceDate } from './reference-date';
import { toPlaceFields } from './place-fields';
import { splitSentences } from './sentences';
import { summariseIncident } from './summarise';
import type { ExtractedIncident } from './types';

// The outlets this product ships for report on North Korea; an incident with no place is still there.
const DEFAULT_COUNTRY = 'KP';
const MAX_EVIDENCE_SENTENCES = 2;

/** A candidate incident with what the confidence model saw in it. */
export type Candidate = { incident: ExtractedIncident; features: FeatureVector; probability: number };

/**
 * Every incident the rules find in one article, before the confidence model drops the unlikely ones, in reading
 * order. Training (`npm run train:confidence`) labels these. Pure: no I/O.
 */
export function extractCandidates(article: ParsedArticle): Candidate[] {
  const sentences = splitSentences(article.body);
  const places = collectArticlePlaces(article.title, sentences);
  const reference = chooseReferenceDate(article.publishedAt, sentences);
  const merged = mergeMentions(narrowCountries(findMentions(sentences, places, reference), places));
  shareSentenceDates(merged);
  shareParagraphDates(merged, (i) => sentences[i].paragraph);
  dateFromFollowUps(merged, sentences, reference);
  shareStoryMonth(merged);
  dateFromEarlierEvent(merged, reference);
  const assumed = assumedDates(merged, reference, sentences);
  const titleTypes = new Set(findTriggers(article.title).map((t) => t.type));
  const context = { incidents: merged, sentenceCount: sentences.length, reference, title: article.title, titleTypes };
  return merged.map((incident) => {
    const fields = toPlaceFields(incident.place, DEFAULT_COUNTRY);
    const evidence = [...new Set(incident.mentions.map((m) => m.evidence))].slice(0, MAX_EVIDENCE_SENTENCES).join(' ');
    // Only an incident the text left undated has an assumed date.
    const chosen = assumed.get(incident) ?? incident.date;
    const date = chosen.date;
    const actors = actorsAt(incident.actors, fields.country);
    const features = confidenceFeatures(incident, context);
    const probability = probabilityOf(features);
    return {
      features,
      probability,
      incident: {
        type: incident.type,
        tags: incident.tags,
        summary: summariseIncident({ type: incident.type, actors, tags: incident.tags, placeName: fields.placeName, date }),
        evidence,
        date,
        datePrecision: date ? chosen.precision : 'unknown',
        ...fields,
        actors,
        confidence: shownConfidence(probability),
      },
    };
  });
}

/** Every incident one article reports, one per event, in reading order: the candidates the model trusts. Pure. */
export function extractIncidents(article: ParsedArticle): ExtractedIncident[] {
  return extractCandidates(article)
    .filter((c) => c.probability >= KEEP_AT)
    .map((c) => c.incident);
}
