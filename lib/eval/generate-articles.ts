/**
 * Synthetic plain-text articles for the ingest benchmark: varied layouts, places, dates and incident mixes,
 * built from templates (our own words). Deterministic for a given seed.
 */
const TOWNS = ['Hyesan', 'Chongjin', 'Hoeryong', 'Sinuiju', 'Kanggye', 'Hamhung', 'Wonsan', 'Kaesong', 'Musan County', 'Onsong County', 'Manpo', 'Kimchaek'];
const PROVINCES = ['North Hamgyong', 'Ryanggang', 'North Pyongan', 'Chagang', 'South Hamgyong', 'Kangwon'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const EVENTS: ((town: string, when: string) => string)[] = [
  (t, w) => `State security agents in ${t} arrested a trader ${w} for selling Chinese phones.`,
  (t, w) => `A public trial was held in ${t} ${w}, and two smugglers were sentenced to years of hard labor.`,
  (t, w) => `A family from ${t} was caught ${w} while trying to cross the border into China.`,
  (t, w) => `An inspection team searched homes in ${t} ${w}, confiscating USB drives with foreign films.`,
  (t, w) => `Party officials in ${t} held a lecture ${w} warning residents against watching South Korean dramas.`,
  (t, w) => `The relatives of a defector in ${t} were banished to a rural village ${w}.`,
  (t, w) => `A drug dealer was publicly executed in ${t} ${w}, according to residents.`,
];

const FILLER = [
  'Prices for rice and corn were stable in local markets during the period.',
  'Residents said the atmosphere in the city has been tense for weeks.',
  'The source asked that details identifying the people involved be withheld.',
  'Traders said fewer goods were arriving from China than last year.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateArticles(count: number, seed = 1): string[] {
  const next = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const month = Math.floor(next() * 12);
    const year = 2021 + Math.floor(next() * 4);
    const town = pick(TOWNS);
    const when = pick([`in mid-${MONTHS[month]}`, `on ${MONTHS[month]} ${1 + Math.floor(next() * 27)}`, 'last week', 'recently']);
    const paragraphs = [
      pick(EVENTS)(town, when),
      `A source in ${pick(PROVINCES)} Province told the outlet about the case on condition of anonymity.`,
      pick(EVENTS)(pick(TOWNS), pick(['earlier this month', 'in the spring', 'last year'])),
      pick(FILLER),
      pick(FILLER),
    ];
    const published = `${MONTHS[(month + 1) % 12]} ${1 + Math.floor(next() * 27)}, ${year}`;
    const title = `Report ${i}: incident in ${town}`;
    const layout = i % 3;
    if (layout === 0) out.push(`${title}\n\n${paragraphs.join('\n\n')}\n\n${published} at 10:00AM\n\nby Test Outlet\n`);
    else if (layout === 1) out.push(`${title}\n${published}\n\n${paragraphs.join('\n\n')}\n`);
    else out.push(`${title}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return out;
}
