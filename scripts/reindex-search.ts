/** `npm run db:reindex-search`: recompute every incident's search text (place spellings, Hangul, parents). */
import { createPrismaClient } from '@/lib/db/create-client';
import { refreshSearchText } from '@/lib/incidents/refresh-search-text';

const prisma = createPrismaClient();
try {
  const changed = await refreshSearchText(prisma);
  console.log(`Search text refreshed: ${changed} incident${changed === 1 ? '' : 's'} changed.`);
} finally {
  await prisma.$disconnect();
}
