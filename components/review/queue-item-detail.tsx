'use client';

import { TYPE_LABELS, type IncidentType } from '@/lib/taxonomy';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { HighlightedText } from './highlighted-text';
import PlaceMapLoader from './place-map-loader';

type Props = { item: QueueItem; onMerge: (duplicateId: number) => void };

/** Everything needed to judge one machine incident: its fields, its sources, the article text, a map. */
export function QueueItemDetail({ item, onMerge }: Props) {
  const withText = item.sources.find((s) => s.text);
  return (
    <div className="queue-detail" data-testid="queue-detail">
      <dl className="facts">
        <dt>Type</dt>
        <dd>{TYPE_LABELS[item.type as IncidentType] ?? item.type}</dd>
        <dt>Date</dt>
        <dd>
          {item.date ?? 'unknown'} ({item.datePrecision})
        </dd>
        <dt>Place</dt>
        <dd data-testid="queue-place">
          {[item.placeName, item.admin1, item.country].filter(Boolean).join(', ') || 'unknown'} ({item.locationPrecision})
        </dd>
        <dt>Tags</dt>
        <dd>{item.tags.join(', ') || '—'}</dd>
        <dt>Actors</dt>
        <dd>{item.actors.join(', ') || '—'}</dd>
        <dt>Confidence</dt>
        <dd>{item.confidence.toFixed(2)}</dd>
      </dl>
      <PlaceMapLoader lat={item.lat} lon={item.lon} />
      <h3 className="sources-heading">Sources</h3>
      <ul className="sources">
        {item.sources.map((s) => (
          <li key={s.articleId}>
            {s.outlet ?? 'Unknown outlet'}, {s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.title}</a> : s.title}
            {s.publishedAt ? `, ${s.publishedAt}` : ''}
          </li>
        ))}
      </ul>
      {item.duplicates.length > 0 && (
        <section className="duplicates" aria-label="Possible duplicates" data-testid="duplicates">
          <h3 className="sources-heading">Possible duplicates</h3>
          <ul>
            {item.duplicates.map((d) => (
              <li key={d.id}>
                #{d.id} {d.placeName ?? ''} {d.date ?? ''} {d.distanceKm !== null ? `(${d.distanceKm.toFixed(1)} km)` : ''}: {d.summary}{' '}
                <button type="button" className="button button-secondary" onClick={() => onMerge(d.id)}>
                  Merge #{d.id} into this one
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 className="sources-heading">Article text</h3>
      {withText?.text ? <HighlightedText text={withText.text} evidence={item.evidence} /> : <blockquote className="evidence">{item.evidence ?? 'No text kept.'}</blockquote>}
    </div>
  );
}
