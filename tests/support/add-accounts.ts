// Test helper: creates several accounts in one process (stdin: JSON [{email,password,role}]), with the
// same createAccount that `npm run user:add` uses. One process instead of one per account keeps e2e quick.
import { createAccount } from '@/lib/auth/create-account';
import { createPrismaClient } from '@/lib/db/create-client';
import type { Role } from '@/lib/auth/roles';

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const accounts = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { email: string; password: string; role: Role }[];
  const prisma = createPrismaClient();
  try {
    for (const account of accounts) await createAccount(prisma, account);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
