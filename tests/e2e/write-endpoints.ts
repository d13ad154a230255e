/**
 * Every route that changes data, with the role it needs and a body that would be valid for it. The
 * hardening tests (auth-guards.spec.ts) send each one anonymously, with a role too low, and cross-site.
 */
export type WriteEndpoint = { path: string; role: 'editor' | 'admin'; body: unknown };

export const WRITE_ENDPOINTS: WriteEndpoint[] = [
  { path: '/api/admin/users/some-id', role: 'admin', body: { disabled: true } },
  { path: '/api/review/decide', role: 'editor', body: { ids: [1], decision: 'reviewed' } },
  { path: '/api/review/incidents/1', role: 'editor', body: { summary: 'A corrected summary.' } },
  { path: '/api/review/merge', role: 'editor', body: { keptId: 1, droppedId: 2 } },
  { path: '/api/review/merge/1/undo', role: 'editor', body: {} },
  {
    path: '/api/review/incidents',
    role: 'editor',
    body: { type: 'arrest', summary: 'x', tags: [], actors: [], date: { date: null, datePrecision: 'unknown' }, place: null, source: { articleId: 1 } },
  },
  { path: '/api/review/articles/preview', role: 'editor', body: { text: 'Title\n\nBody.' } },
  { path: '/api/review/articles', role: 'editor', body: { text: 'Title\n\nBody.', incidents: [] } },
];
