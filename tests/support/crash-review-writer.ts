// Child process of tests/integration/crash-review.sqlite.test.ts: runs every review write (add, paste,
// approve, reject, bulk approve, edit, merge, undo) in an endless loop on DATABASE_URL, and prints
// `done <n>` after each one has returned, until the test kills it with SIGKILL. Run with
// `node --conditions=react-server --import tsx` (the review modules are server-only).
import type { Actor } from '@/lib/auth/roles';
import { addIncident } from '@/lib/review/add-incident';
import { decideIncidents } from '@/lib/review/decide-incidents';
import { editIncident } from '@/lib/review/edit-incident';
import { mergeIncidents } from '@/lib/review/merge-incidents';
import { savePastedArticle } from '@/lib/review/save-pasted-article';
import { undoMerge } from '@/lib/review/undo-merge';

const editor: Actor = { id: 'crash-editor', email: 'crash@example.org', name: 'Crash', role: 'editor' };
const PROVINCES = ['ryanggang', 'north-hamgyong', 'south-pyongan', 'chagang'];

let done = 0;
function report() {
  done += 1;
  process.stdout.write(`done ${done}\n`);
}

function newIncident(round: number, which: string) {
  return {
    type: round % 2 ? ('arrest' as const) : ('execution' as const),
    summary: `Round ${round} incident ${which}`,
    tags: [`round-${round % 5}`],
    actors: ['police'],
    date: { date: `20${10 + (round % 12)}-0${1 + (round % 9)}-1${round % 10}`, datePrecision: 'day' as const },
    place: { placeName: `Town ${round % 7}`, admin1: PROVINCES[round % PROVINCES.length], country: 'KP', lat: 40 + (round % 10) / 10, lon: 127 + (round % 10) / 10, locationPrecision: 'city' as const },
    source: { outlet: 'Crash Outlet', title: `Report ${round}${which}`, url: `https://example.org/crash/${round}/${which}`, publishedAt: '2020-01-01' },
  };
}

function pasted(round: number) {
  return {
    text: [
      `Police detain traders in Hyesan, report ${round}`,
      `Police in Hyesan detained two traders last week for selling foreign mobile phones near the market, a source in the city said (report ${round}).`,
      'The traders were taken to the county security office for questioning and their phones were confiscated, the source added.',
    ].join('\n\n'),
    outlet: 'Pasted Outlet',
    url: `https://example.org/pasted/${round}`,
    incidents: [
      {
        type: 'arrest' as const, tags: ['phones'], summary: `Pasted round ${round}`, evidence: 'detained two traders', date: '2021-05',
        datePrecision: 'month' as const, placeName: 'Hyesan', admin1: 'ryanggang', country: 'KP', lat: 41.4, lon: 128.18,
        locationPrecision: 'city' as const, actors: ['police'], confidence: 0.9,
      },
    ],
  };
}

async function round(n: number) {
  const a = await addIncident(newIncident(n, 'a'), editor);
  report();
  const b = await addIncident(newIncident(n, 'b'), editor);
  report();
  if (!a.ok || !b.ok) throw new Error('add failed');
  await savePastedArticle(pasted(n), editor);
  report();
  await decideIncidents([a.id], 'rejected', editor);
  report();
  await decideIncidents([a.id, b.id], 'reviewed', editor);
  report();
  await editIncident(a.id, { summary: `Edited in round ${n}`, tags: ['edited', `round-${n % 3}`], date: { date: `2019-0${1 + (n % 9)}`, datePrecision: 'month' } }, editor);
  report();
  const merged = await mergeIncidents(a.id, b.id, editor);
  report();
  if (merged.ok && n % 2 === 0) {
    await undoMerge(merged.mergeId, editor);
    report();
  }
}

async function main() {
  for (let n = Number(process.env.CRASH_ROUND_START) || 1; ; n += 1) await round(n);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
