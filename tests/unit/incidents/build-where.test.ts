import { describe, expect, it } from 'vitest';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { EMPTY_FILTER, type IncidentFilter } from '@/lib/incidents/filter';

const clauses = (where: ReturnType<typeof buildIncidentWhere>) => where.AND as object[];

describe('buildIncidentWhere', () => {
  it('hides rejected and merged incidents and nothing else when no filter is set', () => {
    expect(clauses(buildIncidentWhere(EMPTY_FILTER))).toEqual([{ status: { in: ['auto', 'reviewed'] } }]);
  });

  it('a status filter picks the review states, rejected ones only when asked, merged ones never', () => {
    const statusOf = (status: IncidentFilter['status']) => clauses(buildIncidentWhere({ ...EMPTY_FILTER, status }));
    expect(statusOf('reviewed')).toEqual([{ status: { in: ['reviewed'] } }]);
    expect(statusOf('auto')).toEqual([{ status: { in: ['auto'] } }]);
    expect(statusOf('rejected')).toEqual([{ status: { in: ['rejected'] } }]);
    expect(statusOf('all')).toEqual([{ status: { in: ['auto', 'reviewed', 'rejected'] } }]);
  });

  it('filters by type, and can leave the type facet out for live counts', () => {
    const filter = { ...EMPTY_FILTER, types: ['arrest' as const, 'trial' as const] };
    expect(clauses(buildIncidentWhere(filter))).toContainEqual({ type: { in: ['arrest', 'trial'] } });
    expect(clauses(buildIncidentWhere(filter, 'types'))).toHaveLength(1);
  });

  it('turns a date range into an overlap test on whole days', () => {
    const where = clauses(buildIncidentWhere({ ...EMPTY_FILTER, from: '2024-02', to: '2024-02' }));
    expect(where).toContainEqual({ dateEnd: { gte: '2024-02-01' } });
    expect(where).toContainEqual({ dateStart: { lte: '2024-02-29' } });
    const days = clauses(buildIncidentWhere({ ...EMPTY_FILTER, from: '2023-12-31', to: '2024-01-15' }));
    expect(days).toContainEqual({ dateEnd: { gte: '2023-12-31' } });
    expect(days).toContainEqual({ dateStart: { lte: '2024-01-15' } });
  });

  it('maps province slugs to stored names, and can leave the facet out', () => {
    const filter = { ...EMPTY_FILTER, provinces: ['north-hamgyong', 'liaoning'] };
    expect(clauses(buildIncidentWhere(filter))).toContainEqual({ admin1: { in: ['North Hamgyong', 'Liaoning'] } });
    expect(clauses(buildIncidentWhere(filter, 'provinces'))).toHaveLength(1);
  });

  it('searches the folded search column with the folded query', () => {
    expect(clauses(buildIncidentWhere({ ...EMPTY_FILTER, q: 'Hoeryŏng PHONE' }))).toContainEqual({
      searchText: { contains: 'hoeryong phone' },
    });
  });

  it('adds no search clause for a query that folds to nothing', () => {
    expect(clauses(buildIncidentWhere({ ...EMPTY_FILTER, q: '\u0301' }))).toHaveLength(1);
  });

  it('filters by tag and outlet through their relations', () => {
    const where = clauses(buildIncidentWhere({ ...EMPTY_FILTER, tags: ['border'], outlets: ['daily-nk'] }));
    expect(where).toContainEqual({ tags: { some: { tag: { in: ['border'] } } } });
    expect(where).toContainEqual({ sources: { some: { article: { outlet: { slug: { in: ['daily-nk'] } } } } } });
  });
});
