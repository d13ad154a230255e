import { findTriggers } from '@/lib/ingest/extract/find-triggers';
for (const s of process.argv.slice(2)) console.log(JSON.stringify(findTriggers(s).map((t) => [t.type, t.text, t.start])));
