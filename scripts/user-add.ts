/**
 * `npm run user:add -- --email a@b.org --role viewer|editor|admin [--name "A. Person"] [--password-stdin]`
 * Creates an account. Without --password-stdin a password is generated and printed once; with it, the
 * password is the first line of standard input.
 */
import { parseArgs } from 'node:util';
import { createAccount, generatePassword } from '@/lib/auth/create-account';
import { isRole } from '@/lib/auth/roles';
import { createPrismaClient } from '@/lib/db/create-client';

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  if (!values.email || !isRole(values.role)) {
    console.error('Usage: npm run user:add -- --email <email> --role viewer|editor|admin [--name <name>] [--password-stdin]');
    process.exit(2);
  }
  const generated = !values['password-stdin'];
  const password = generated ? generatePassword() : await readStdinLine();
  const prisma = createPrismaClient();
  try {
    await createAccount(prisma, { email: values.email, role: values.role, name: values.name, password });
  } finally {
    await prisma.$disconnect();
  }
  console.log(`Created ${values.role} account ${values.email.trim().toLowerCase()}.`);
  if (generated) console.log(`Password (shown once, store it now): ${password}`);
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
