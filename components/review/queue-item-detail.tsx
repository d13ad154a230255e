'use client';

import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { HighlightedText } from './highlighted-text';
import PlaceMapLoader from './place-map-loader';

type Props = { item: QueueItem; onMerge: (duplicateId: number) => void };

/** Everything needed to judge one machine incident: its fields, its sources, the article text, a map. */
export function QueueItemDetail({ item, onMerge }: Props) {
  const t = useTranslations('Review');
  const types = useTranslations('Types');
  const withText = item.sources.find((s) => s.text);
  return (
    <div className="queue-detail" data-testid="queue-detail">
      <dl className="facts">
        <dt>{t('type')}</dt>
        <dd>{INCIDENT_TYPES.find((type) => type === item.type) ? types(item.type) : item.type}</dd>
        <dt>{t('date')}</dt>
        <dd>
          {item.date ?? t('unknown')} ({item.datePrecision})
        </dd>
        <dt>{t('place')}</dt>
        <dd data-testid="queue-place">
          {[item.placeName, item.admin1, item.country].filter(Boolean).join(', ') || t('unknown')} ({item.locationPrecision})
        </dd>
        <dt>{t('tags')}</dt>
        <dd>{item.tags.join(', ') || '—'}</dd>
        <dt>{t('actors')}</dt>
        <dd>{item.actors.join(', ') || '—'}</dd>
        <dt>{t('confidence')}</dt>
        <dd>{item.confidence.toFixed(2)}</dd>
      </dl>
      <PlaceMapLoader lat={item.lat} lon={item.lon} />
      <h3 className="sources-heading">{t('sources')}</h3>
      <ul className="sources">
        {item.sources.map((s) => (
          <li key={s.articleId}>
            {s.outlet ?? t('unknownOutlet')}, {s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.title}</a> : s.title}
            {s.publishedAt ? `, ${s.publishedAt}` : ''}
          </li>
        ))}
      </ul>
      {item.duplicates.length > 0 && (
        <section className="duplicates" aria-label={t('duplicates')} data-testid="duplicates">
          <h3 className="sources-heading">{t('duplicates')}</h3>
          <ul>
            {item.duplicates.map((d) => (
              <li key={d.id}>
                #{d.id} {d.placeName ?? ''} {d.date ?? ''} {d.distanceKm !== null ? t('distance', { km: d.distanceKm.toFixed(1) }) : ''}: {d.summary}{' '}
                <button type="button" className="button button-secondary" onClick={() => onMerge(d.id)}>
                  {t('mergeInto', { id: String(d.id) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 className="sources-heading">{t('articleText')}</h3>
      {withText?.text ? <HighlightedText text={withText.text} evidence={item.evidence} /> : <blockquote className="evidence">{item.evidence ?? t('noText')}</blockquote>}
    </div>
  );
}
