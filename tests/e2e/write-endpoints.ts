/**
 * Every route that changes data, with the role it needs and a body that would be valid for it. The
 * hardening tests (auth-guards.spec.ts) send each one anonymously, with a role too low, and cross-site.
 */
export type WriteEndpoint = { path: string; role: 'editor' | 'admin'; body: unknown };

export const WRITE_ENDPOINTS: WriteEndpoint[] = [
  { path: '/api/admin/users/some-id', role: 'admin', body: { disabled: true } },
];
