/**
 * Account roles, each including the ones before it: a `viewer` only reads (the accounts a private atlas,
 * ATLAS_PRIVATE=1, gives its readers), an `editor` reviews, edits, adds and merges, an `admin` also manages
 * accounts.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const MIN_PASSWORD_LENGTH = 12;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether an account with role `has` may do what needs role `needs`. */
export function hasRole(has: string, needs: Role): boolean {
  return isRole(has) && ROLES.indexOf(has) >= ROLES.indexOf(needs);
}

/** The signed-in person, as the rest of the app sees them. */
export type Actor = { id: string; email: string; name: string; role: Role };
