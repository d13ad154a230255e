import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/ingest/dates';
import { extract, extractAll } from './helpers';

const dateOf = (out: ReturnType<typeof extract>, type: string) => out.filter((i) => i.type === type).map((i) => i.date);

describe('the date of the event, not of the filing', () => {
  it('never dates an event by the wire dateline, and takes the date the next sentence gives the lead', () => {
    const out = extract(
      [
        'SEOUL, Nov. 4 (Yonhap) -- A North Korean trade official posted in Dalian has defected and reached South Korea, officials said Friday.',
        'The official quit his post in August and travelled through a third country, according to the officials.',
      ],
      '2023-11-04',
    );
    expect(dateOf(out, 'defection')).toEqual(['2023-08']);
  });

  it('takes no date from a following sentence that tells an event of its own', () => {
    const out = extract(
      ['Three smugglers were detained by border guards in Hyesan, a source said.', 'A trader was also sentenced to five years in a labour camp on May 9.'],
      '2024-05-20',
    );
    expect(dateOf(out, 'trial')).toEqual(['2024-05-09']);
    expect(dateOf(out, 'arrest')).not.toContain('2024-05-09');
  });

  it('gives news told with only the day the source spoke that day’s month, as an assumed date', () => {
    const out = extract(['A court in Kilju sentenced four traders to labour camp terms for selling copper, a source said Monday, April 8, 2019.'], null);
    expect(dateOf(out, 'trial')).toEqual(['2019-04']);
    // A date of the event's own wins over the day the source spoke.
    const own = extract(['A court in Kilju sentenced four traders on March 2, a source said Monday, April 8, 2019.'], null);
    expect(dateOf(own, 'trial')).toEqual(['2019-03-02']);
  });
});

describe('measures that run "since" an earlier event', () => {
  it('starts in the month of the event they follow', () => {
    const out = extract(
      [
        'A soldier fled across the Tumen near Hoeryong, a source said.',
        'The soldier left his guard post in early April while on night duty.',
        'Since the escape, guards have searched every house along the river in Hoeryong.',
      ],
      '2024-05-20',
    );
    expect(dateOf(out, 'defection')).toEqual(['2024-04']);
    expect(dateOf(out, 'crackdown')).toEqual(['2024-04']);
  });

  it('reads "since his escape" like "since the escape"', () => {
    const out = extractAll(
      [
        'A logger who fled his work site in the Russian Far East was caught by police in Khabarovsk and handed over to North Korean officials, a source said.',
        'He left his camp in September and had been hiding in the city, the source said.',
        'Since his escape, the managers have collected the passports of every remaining worker at the site.',
      ],
      '2019-10-30',
    );
    expect(dateOf(out, 'crackdown')).toEqual(['2019-09']);
  });

  it('does not start at a flashback years before the report', () => {
    const out = extract(
      [
        'The mother of a woman who later spoke on South Korean television was taken away by state security in Onsong in early June, a source said.',
        'The daughter had crossed the river near Onsong in 2010.',
        'Since then, neighbourhood unit leaders in Onsong have held meetings warning residents against enemy broadcasts.',
      ],
      '2012-06-20',
    );
    expect(dateOf(out, 'indoctrination')).toEqual(['2012-06']);
  });

  it('keeps one crackdown when checks "since the start of the year" are later told at a place inside the city', () => {
    const out = extract(
      [
        'Authorities have tightened checks on travel into Pyongyang since the start of the year, with police checking permits at every checkpoint.',
        'Last week, police at the Sunan checkpoint searched buses and held travellers without permits.',
      ],
      '2026-02-10',
    );
    expect(out.filter((i) => i.type === 'crackdown')).toHaveLength(1);
    expect(dateOf(out, 'crackdown')).toEqual(['2026-01']);
  });
});

describe('dates inside the event phrase and vague days', () => {
  it('does not give a punishment of relatives the date of the escape a relative clause tells', () => {
    const out = extractAll(
      [
        'The parents of a soldier who deserted last year have been banished to a farm in Kimhyongjik County, a source said.',
        'In the second half of May, officials told them to pack their belongings within a day.',
      ],
      '2024-06-10',
    );
    expect(dateOf(out, 'family_punishment')).toEqual(['2024-05']);
  });

  it('reads "a Sunday late last month" as last month, and "the start of the year" as January', () => {
    expect(findDates('she slipped out in the early hours of a Sunday late last month', '2024-04-18').map((d) => d.date)).toEqual(['2024-03']);
    expect(findDates('checks have run since the start of the year', '2024-04-18').map((d) => d.date)).toEqual(['2024-01']);
    expect(findDates('the raid came on Sunday', '2024-04-18').map((d) => d.date)).toEqual(['2024-04-14']);
  });
});

describe('a date inside the phrase naming what an action answered', () => {
  it('dates that cause, not the action', () => {
    const out = extractAll(
      ['The ministry began a count of North Korean workers in Ulaanbaatar following the disappearance of two builders in March.'],
      '2018-04-25',
    );
    const check = out.find((i) => i.type === 'crackdown');
    expect(check?.date).toBe('2018-04');
  });
});

describe('a handover at a border crossing', () => {
  it('is a repatriation placed at the crossing, not an arrest', () => {
    const out = extract(
      ['On Monday the woman was driven to Dandong and sent over the Sino-Korean Friendship Bridge, where she was handed to State Security officials.'],
      '2024-04-18',
    );
    expect(out.map((i) => `${i.type}@${i.placeName}`)).toEqual(['repatriation@Sino-Korean Friendship Bridge, Sinuiju']);
  });

  it('stays an arrest when the handover happens inside the country', () => {
    const out = extract(['Three workers were escorted to Rason, where they were handed to state security officials.'], '2025-02-12');
    expect(out.map((i) => i.type)).toContain('arrest');
    expect(out.map((i) => i.type)).not.toContain('repatriation');
  });
});
