import { describe, expect, it } from 'vitest';
import { chooseReferenceDate } from '@/lib/ingest/extract/reference-date';
import { splitSentences } from '@/lib/ingest/extract/sentences';
import { extract } from './helpers';

const refOf = (body: string, publishedAt: string | null = null) => chooseReferenceDate(publishedAt, splitSentences(body));

describe('the day relative dates count from', () => {
  it('is the publication date when the article has one', () => {
    expect(refOf('A source spoke to us on May 2, 2019.', '2019-06-01')).toBe('2019-06-01');
  });

  it('is the latest full date the body prints when there is no publication date', () => {
    expect(refOf('Guards were moved in 2014. A resident told reporters on Sept. 30, 2016. An earlier case came on March 3, 2015.')).toBe('2016-09-30');
  });

  it('is null when the body prints only years or months, so no year is guessed', () => {
    expect(refOf('The market was closed in 2015, and again in May 2016.')).toBeNull();
    expect(refOf('Police arrested a trader last week.')).toBeNull();
  });

  it('dates an undated article’s relative month from the report day in its body', () => {
    const body = ['Two managers in Haeju were executed by firing squad in the middle of September for selling army rice, a resident said.', 'The resident spoke to reporters on Oct. 2, 2016.'];
    expect(extract(body, null).find((i) => i.type === 'execution')?.date).toBe('2016-09');
    expect(extract([body[0]], null).find((i) => i.type === 'execution')?.date).toBeNull();
  });
});

describe('questioning a community', () => {
  it('is a search, not an arrest, while questioning a person is an arrest', () => {
    const out = extract(['Security officials sealed the family’s house in Hyesan and questioned neighbours on May 3.']);
    expect(out.map((i) => i.type)).not.toContain('arrest');
    const one = extract(['Security officials questioned a trader in Hyesan on May 3 about her calls abroad.']);
    expect(one.map((i) => i.type)).toContain('arrest');
  });
});
