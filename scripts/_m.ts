import { readArticleFile } from '@/lib/ingest/read';
import { splitSentences } from '@/lib/ingest/extract/sentences';
import { collectArticlePlaces } from '@/lib/ingest/extract/article-places';
import { chooseReferenceDate } from '@/lib/ingest/extract/reference-date';
import { findMentions } from '@/lib/ingest/extract/find-mentions';
import { mergeMentions } from '@/lib/ingest/extract/merge-mentions';
(async () => {
  const [a] = await readArticleFile(process.argv[2]);
  const sentences = splitSentences(a.body);
  const places = collectArticlePlaces(a.title, sentences);
  const ref = chooseReferenceDate(a.publishedAt, sentences);
  const ms = findMentions(sentences, places, ref);
  for (const m of ms) console.log('M', m.sentence, m.type, m.place?.id, m.strength, JSON.stringify(m.date), m.background ? 'BG' : '', m.announcement ? 'ANN' : '');
  for (const i of mergeMentions(ms)) console.log('I', i.type, i.place?.id, JSON.stringify(i.date), i.mentions.map((m) => m.sentence).join(','));
})();
