// `prisma db seed` / `npm run db:seed`: loads the demo incidents into an empty database.
import { createPrismaClient } from '../lib/db/create-client';
import { loadDemoData } from '../lib/demo/load-demo-data';

const prisma = createPrismaClient();
loadDemoData(prisma)
  .then((added) => console.log(added ? `Loaded ${added} demo incidents.` : 'Database not empty; nothing loaded.'))
  .finally(() => prisma.$disconnect());
