import { readFileSync } from 'node:fs';
import { collectArticlePlaces } from '@/lib/ingest/extract/article-places';
import { splitSentences } from '@/lib/ingest/extract/sentences';
import { choosePlacesInSentence } from '@/lib/ingest/extract/choose-place';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
const text = process.argv[2].endsWith('.txt') ? readFileSync(process.argv[2], 'utf8') : process.argv[2];
const sentences = splitSentences(text);
const places = collectArticlePlaces('', sentences);
const only = process.argv[3] ? Number(process.argv[3]) : -1;
for (const s of sentences) {
  if (only >= 0 && s.index !== only) continue;
  const sp = places.sentences[s.index];
  const trig = findTriggers(s.text);
  console.log(s.index, s.text.slice(0, 120));
  console.log('   mentions', sp.mentions.map((m: any) => `${m.place.id}/${m.role}@${m.start ?? m.index}`).join(', '));
  for (const t of trig) console.log('   trig', t.type, t.text, JSON.stringify(choosePlacesInSentence(s.text, t, trig, sp.mentions).places.map((p: any) => p.id)));
}
