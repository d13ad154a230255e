import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('custody told with a return', () => {
  it('reads people held abroad before the return as the people returned, not a new arrest', () => {
    const types = typesIn('About 40 escapees held in detention centers in Liaoning were driven to the border and returned to the North on Oct. 9.');
    expect(types).toContain('repatriation');
    expect(types).not.toContain('arrest');
  });

  it('reads a counted group sent back as a return', () => {
    expect(typesIn('China sent back about 30 North Korean escapees held in detention facilities in Jilin last week.')).toEqual(['repatriation']);
  });

  it('drops custody held for years before a return as background', () => {
    expect(typesIn('The group had been held in detention centers in Jilin, some for more than three years, after being caught.')).not.toContain('arrest');
  });

  it.each([
    'The women had been held at detention facilities in Jilin, some for more than a year, before the handover.',
    'The women had been held at detention facilities in Jilin after being caught in police raids over the past year.',
  ])('drops custody that had lasted a year or gathered people over the past year: %s', (sentence) => {
    expect(typesIn(sentence)).not.toContain('arrest');
  });

  it.each([
    'They were held at the Tumen detention center for ten days, then taken back across the bridge to Namyang.',
    'Seven women who were sent back from China this month are being held at the provincial detention center in Hyesan.',
  ])('keeps custody told as a clause of its own: %s', (sentence) => {
    expect(typesIn(sentence)).toContain('arrest');
  });
});

describe('a search of one home', () => {
  it.each(['Agents searched his apartment after a neighbor reported hearing hymns.', 'Security agents searched the house after a tip from a neighbor.'])(
    'is the capture of its people: %s',
    (sentence) => {
      expect(typesIn(sentence)).toEqual(['arrest']);
    },
  );

  it('keeps searches of many homes a crackdown', () => {
    expect(typesIn('Inspectors searched the homes of all traders in the district.')).toContain('crackdown');
  });
});

describe('where people come from, told as an aside', () => {
  it('is no scene of what happened to them abroad', () => {
    const roles = Object.fromEntries(
      findRoledMentions('The two men, both from Rason, disappeared from their dormitory in Vladivostok early this month.').map((m) => [m.place.id, m.role]),
    );
    expect(roles['kp-rason']).toBe('scope');
    expect(roles['ru-vladivostok']).toBe('scene');
  });
});
