import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/ingest/read';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-date-layouts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readText(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  const [a] = await readArticleFile(path);
  return a;
}

const STORY = [
  'Two brokers who arranged phone calls across the border were detained by state security in Musan in early May, a source said.',
  'The source added that their phones and notebooks were taken away and that their families were questioned for two days.',
];

describe('where plain-text pages print their date', () => {
  it('keeps the story after a masthead, a breadcrumb, the headline and a "Published:" line', async () => {
    const a = await readText(
      'masthead.txt',
      ['Unification Media Group', 'Home > News > Society', '', 'Brokers detained in Musan', '', 'Published: May 21, 2024', '', ...STORY].join('\n'),
    );
    expect(a.title).toBe('Brokers detained in Musan');
    expect(a.publishedAt).toBe('2024-05-21');
    expect(a.body).toContain('their families were questioned');
  });

  it('keeps the story when a credit sentence and then the date line come before it', async () => {
    const a = await readText(
      'credit-first.txt',
      ['Brokers detained in Musan', '', 'Reported by Ri Sun-hui for a Seoul radio service. Translated by Ann Park.', '2024-05-21', '', ...STORY].join('\n'),
    );
    expect(a.publishedAt).toBe('2024-05-21');
    expect(a.body).toContain('were detained by state security in Musan');
    expect(a.body).toContain('their families were questioned');
  });

  it('still drops what follows a footer date when the story came before it', async () => {
    const a = await readText(
      'footer-then-page.txt',
      ['Brokers detained in Musan', '', ...STORY, '', '2024-05-21', '', 'Subscribers can read the rest of our coverage of the border region in the weekly digest.'].join('\n'),
    );
    expect(a.publishedAt).toBe('2024-05-21');
    expect(a.body).toContain('their families were questioned');
    expect(a.body).not.toContain('weekly digest');
  });

  it('reads "Published on" in a credit line at the foot, over a scrape date above the title', async () => {
    const a = await readText(
      'credit.txt',
      ['Monday, March 2, 2026', '', 'Brokers detained in Musan', '', ...STORY, '', 'Reported by Ri Jin (Musan desk). Published on 2024/05/21.'].join('\n'),
    );
    expect(a.publishedAt).toBe('2024-05-21');
  });

  it('reads a bare date printed on the line right under a headline with no full stop', async () => {
    const a = await readText('date-under-title.txt', ['Brokers detained in Musan after calls to Seoul', '2024-05-21', '', ...STORY].join('\n'));
    expect(a.publishedAt).toBe('2024-05-21');
    expect(a.title).toBe('Brokers detained in Musan after calls to Seoul');
    // A wrapped line that starts with a figure is still the rest of the sentence above it.
    const wrapped = await readText('wrapped.txt', ['Brokers detained in Musan', '', 'Two brokers who arranged calls were fined', '300 yuan each by state security in early May, a source said.'].join('\n'));
    expect(wrapped.body).toContain('were fined 300 yuan each');
  });

  it('reads a "name | date" byline', async () => {
    const a = await readText('byline.txt', ['Brokers detained in Musan', '', 'Ri Jin-a | 2024-05-21 10:02', '', ...STORY].join('\n'));
    expect(a.publishedAt).toBe('2024-05-21');
  });

  it('falls back on the dateline when no date line is printed, and has no date when the dateline has no year', async () => {
    const withYear = await readText('dateline.txt', ['Brokers detained in Musan', '', `SEOUL, May 21, 2024 — ${STORY[0]}`, '', STORY[1]].join('\n'));
    expect(withYear.publishedAt).toBe('2024-05-21');
    const noYear = await readText('dateline-no-year.txt', ['Brokers detained in Musan', '', `SEOUL, May 21 (Yonhap) -- ${STORY[0]}`, '', STORY[1]].join('\n'));
    expect(noYear.publishedAt).toBeNull();
  });
});

describe('a headline too short to tell from page furniture', () => {
  it('keeps the lead paragraph in the body when it had to stand in for the title', async () => {
    const a = await readText('two-word-headline.txt', ['Musan Arrests', '2024-05-20', ...STORY].join('\n\n'));
    expect(a.title).toBe(STORY[0]);
    expect(a.body.split('\n\n')).toEqual(STORY);
    expect(a.publishedAt).toBe('2024-05-20');
  });

  it('keeps a headline that closes on a quotation as the title only', async () => {
    const headline = 'Brokers held in Musan after calls across the border; residents told to "report every stranger who asks about phones"';
    const a = await readText('quoted-headline.txt', [headline, '2024-05-20', ...STORY].join('\n\n'));
    expect(a.title).toBe(headline);
    expect(a.body.split('\n\n')).toEqual(STORY);
  });
});

describe('where HTML pages print their date', () => {
  const page = (meta: string) =>
    `<!DOCTYPE html><html><head><title>Brokers detained in Musan</title>${meta}</head><body><h1>Brokers detained in Musan</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

  it('reads a meta tag named "published" and a compact "pubdate"', async () => {
    expect((await readText('a.html', page('<meta name="published" content="May 21, 2024">'))).publishedAt).toBe('2024-05-21');
    expect((await readText('b.html', page('<meta name="pubdate" content="20240521">'))).publishedAt).toBe('2024-05-21');
  });

  it('does not take the publisher tag for a date', async () => {
    expect((await readText('c.html', page('<meta name="publisher" content="Musan Weekly 2024">'))).publishedAt).toBeNull();
  });
});

describe('a wire dateline without its year', () => {
  it('takes the year from the copyright line at the foot of the story', async () => {
    const a = await readText(
      'wire-copyright.txt',
      ['Brokers detained in Musan', '', `SEOUL, May 30 (Yonhap) -- ${STORY[0]}`, '', STORY[1], '', '(END)', '', '(c) Yonhap News Agency 2013'].join('\n'),
    );
    expect(a.publishedAt).toBe('2013-05-30');
    const b = await readText('wire-copyright-first.txt', ['Brokers detained in Musan', '', `SEOUL, Nov. 4 (Yonhap) -- ${STORY[0]}`, '', STORY[1], '', '(c) 2016 Yonhap News Agency'].join('\n'));
    expect(b.publishedAt).toBe('2016-11-04');
  });

  it('leaves the date unknown when the copyright lines disagree or there is none', async () => {
    const a = await readText('wire-two-years.txt', ['Brokers detained in Musan', '', `SEOUL, May 30 (Yonhap) -- ${STORY[0]}`, '', STORY[1], '', '(c) Yonhap 2013', 'Copyright © 2024 Example Media'].join('\n'));
    expect(a.publishedAt).toBeNull();
    const b = await readText('wire-no-copyright.txt', ['Brokers detained in Musan', '', `SEOUL, May 30 (Yonhap) -- ${STORY[0]}`, '', STORY[1]].join('\n'));
    expect(b.publishedAt).toBeNull();
  });
});


describe('credit lines that carry the date', () => {
  const layouts: [string, string, 'header' | 'footer', string?][] = [
    ['a date stamp then the reporter', '2019.01.29 PARK Min-ji', 'header'],
    ['an outlet, a stamp and a credit between slashes', 'ASIAPRESS / 2017.12.20 / Reported by PARK Min-ji', 'header'],
    ['a team credit then a stamp', 'Asia Press North Korea reporting team 2019.11.28', 'header'],
    ['a name and an outlet before a bar', 'By Han Ji-su, New Focus International | 11 February 2014', 'header', '2014-02-11'],
    ['an outlet in brackets, a name and a clock', '[Daily NK] Choi Jin-ho, Seoul | 2008-07-09 16:22', 'header'],
    ['a name, then the date and a clock', 'Yoon Hae-rim, Jan. 9, 2018 08:41', 'header', '2018-01-09'],
    ['an edition with "Updated:"', 'Chosun Ilbo English Edition | Updated: June 02, 2021 09:12', 'header', '2021-06-02'],
    ['a long wire credit after a dash', "2016-08-19 — Reported by Han Ji-su for RFA's Korean Service. Translated by Lee Bo-ra. Written in English by Sam Cole.", 'header'],
    ['an outlet and a date at the foot', 'The Korea Times, November 19, 2022', 'footer', '2022-11-19'],
    ['a copyright line at the foot', '(c) The Chosun Ilbo, 2012.08.13', 'footer'],
  ];
  for (const [what, line, where, date] of layouts) {
    it(`reads ${what}`, async () => {
      const lines = where === 'header' ? ['Brokers held in Musan', '', line, '', ...STORY] : ['Brokers held in Musan', '', ...STORY, '', line];
      const a = await readText(`credit-${what.replace(/\W+/g, '-')}.txt`, lines.join('\n'));
      // The stamp's own digits, or the date the line spells out.
      const stamp = /(\d{4})[.-](\d{2})[.-](\d{2})/.exec(line);
      expect(a.publishedAt).toBe(date ?? `${stamp?.[1]}-${stamp?.[2]}-${stamp?.[3]}`);
      expect(a.title).toBe('Brokers held in Musan');
      expect(a.body).toContain('Two brokers');
    });
  }

  it('does not read a headline in title case that ends on a date as a date line', async () => {
    const a = await readText('headline-with-date.txt', ['Two Men Executed in Hyesan, March 5, 2019', '', ...STORY].join('\n'));
    expect(a.title).toBe('Two Men Executed in Hyesan, March 5, 2019');
  });
});

describe('a lead that names the outlet is the story, not its motto', () => {
  const MOTTO = 'NK Times publishes only reports it has checked with its own sources inside the country.';
  it('keeps a wire lead that opens on a yearless dateline and names the agency', async () => {
    const lead = 'SEOUL, May 18 (Yonhap) -- Two families crossed the maritime border on a small boat and were found by the navy, officials said Thursday.';
    const a = await readText('wire-lead.txt', [lead, '', ...STORY].join('\n'));
    expect(`${a.title}\n${a.body}`).toContain('Two families crossed the maritime border');
  });

  it('keeps a headline-less lead that names the outlet as its source', async () => {
    const lead = "A soldier's family in Onsong was moved to a mountain village after he fled to China last month, residents told RFA's Korean Service.";
    const a = await readText('source-lead.txt', ['[Radio Free Asia, 2019-08-03]', '', lead, '', ...STORY].join('\n'));
    expect(a.publishedAt).toBe('2019-08-03');
    expect(a.body).toContain('residents told RFA');
  });

  it('still drops a motto that opens on the outlet above the headline', async () => {
    const a = await readText('motto.txt', [MOTTO, '', 'Brokers held in Musan', '', ...STORY].join('\n'));
    expect(a.title).toBe('Brokers held in Musan');
    expect(a.body).not.toContain('publishes only reports');
  });
});

describe('a wire that prints no year', () => {
  it('dates the story by its dateline, the weekday it was filed on and the years it names', async () => {
    const lead = 'SEOUL, Oct. 24 (Yonhap) -- A man crossed the sea border in a wooden boat and was taken in, officials said Tuesday.';
    const a = await readText('yearless-wire.txt', ['Man crosses sea border', '', lead, '', 'It is the first such crossing since 2019.'].join('\n'));
    expect(a.publishedAt).toBe('2023-10-24');
  });
});
