// The better-auth instance: email + password, sessions in our database, no self sign-up (accounts come from
// `npm run user:add` or an admin). Route handlers and pages reach it through require-role.ts / get-viewer.ts.
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { prisma } from '@/lib/db';
import { databaseKind, rawDatabaseUrl } from '@/lib/db/database-url';
import { MIN_PASSWORD_LENGTH } from './roles';

export const auth = betterAuth({
  secret: process.env.BETTER_AUTH_SECRET,
  baseURL: process.env.BETTER_AUTH_URL || undefined,
  database: prismaAdapter(prisma, { provider: databaseKind(rawDatabaseUrl()) }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
  user: {
    additionalFields: {
      role: { type: 'string', input: false, defaultValue: 'editor' },
      disabled: { type: 'boolean', input: false, defaultValue: false },
    },
  },
  // No cookie cache: every request reads the session row, so disabling an account takes effect at once.
  session: { cookieCache: { enabled: false } },
  // Failed sign-ins are limited per account and per address by our own wrapper (sign-in-limits.ts).
  rateLimit: { enabled: false },
  // Cookie names stay the same over http and https; the auth route adds `Secure` when served over https.
  advanced: { useSecureCookies: false, defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' } },
  telemetry: { enabled: false },
  databaseHooks: {
    session: {
      create: {
        // A disabled account cannot open a session, whatever its password.
        before: async (session) => {
          const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
          return user && !user.disabled ? undefined : false;
        },
      },
    },
  },
});
