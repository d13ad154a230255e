import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLabelledPublication, namesWeekday } from '@/lib/ingest/dates';
import { readArticleFile } from '@/lib/ingest/read';
import { choosePublicationDate } from '@/lib/ingest/read/choose-publication-date';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dates-page-stamps-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readLines(name: string, lines: string[]) {
  const path = join(dir, name);
  await writeFile(path, lines.join('\n'));
  const [a] = await readArticleFile(path);
  return a;
}

const BODY = [
  'Security agents in Kimchaek seized the boats of four fishermen in late June after they landed at night, a source in the city said.',
  'The men were questioned for a week and their catch was handed to the city food office, the source added.',
];

describe('a date stamp above the headline', () => {
  it('is the publication date when it is a bare date and no other date line is printed', async () => {
    for (const stamp of ['2019.07.03', 'July 3, 2019', '2019-07-03']) {
      const a = await readLines(`stamp-${stamp.replace(/\W/g, '')}.txt`, [stamp, '', 'Kimchaek fishermen lose their boats', '', ...BODY]);
      expect(a.title).toBe('Kimchaek fishermen lose their boats');
      expect(a.publishedAt).toBe('2019-07-03');
    }
  });

  it('is not trusted when it names the weekday, the form of a page clock showing the day it was loaded', async () => {
    const a = await readLines('clock.txt', ['Friday, March 6, 2026', '', 'Kimchaek fishermen lose their boats', '', ...BODY]);
    expect(a.publishedAt).toBeNull();
  });

  it('gives way to a date line printed under the headline', async () => {
    const a = await readLines('stamp-and-line.txt', ['2026.03.06', '', 'Kimchaek fishermen lose their boats', '2019-07-03', '', ...BODY]);
    expect(a.publishedAt).toBe('2019-07-03');
  });
});

describe('choosePublicationDate on stamps above the title', () => {
  it('takes a lone stamp, refuses a weekday clock and refuses two stamps that disagree', () => {
    expect(choosePublicationDate([{ date: '2019-07-03', where: 'header', labelled: false }])).toBe('2019-07-03');
    expect(choosePublicationDate([{ date: '2026-03-06', where: 'header', labelled: false, weekday: true }])).toBeNull();
    expect(
      choosePublicationDate([
        { date: '2026-03-06', where: 'header', labelled: false },
        { date: '2019-07-03', where: 'header', labelled: false },
      ]),
    ).toBeNull();
  });
});

describe('namesWeekday', () => {
  it.each([
    ['Wednesday, February 19, 2025', true],
    ['Tue, 07 Jan 2025', true],
    ['Thurs. March 5, 2026', true],
    ['March 28, 2016', false],
    ['2012-10-25', false],
    ['Sunday', true],
    ['Sundry items, 2024-01-02', false],
  ])('%s → %s', (line, expected) => {
    expect(namesWeekday(line)).toBe(expected);
  });
});

describe('a credit line that closes with a date', () => {
  it('gives the date at its end as the publication date', () => {
    expect(findLabelledPublication('Reported by Ri Jin for RFA Korean. Translated by Han Sol. 2014-05-20')).toBe('2014-05-20');
    expect(findLabelledPublication('Written in English by Kim Ara. May 20, 2014.')).toBe('2014-05-20');
  });

  it('gives nothing when the date is not the last thing on the line or the line is no credit', () => {
    expect(findLabelledPublication('Reported by Ri Jin on 2014-05-20 from the border town of Hyesan')).toBeNull();
    expect(findLabelledPublication('Three traders were detained in Hyesan. 2014-05-20')).toBeNull();
  });

  it('is read from the foot of a plain-text article', async () => {
    const a = await readLines('credit-foot.txt', [
      'Retrieved 2025-01-14 | archive copy',
      '',
      'Kimchaek fishermen lose their boats',
      '',
      ...BODY,
      '',
      'Reported by Ri Jin for RFA Korean. Translated by Han Sol. 2019-07-03',
    ]);
    expect(a.publishedAt).toBe('2019-07-03');
  });
});
