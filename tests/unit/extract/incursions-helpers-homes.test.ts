import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);
const roleOf = (s: string, id: string) => findRoledMentions(s).find((m) => m.place.id === id)?.role;

describe('a crossing undone at once', () => {
  it('is an incursion, neither an escape nor a return', () => {
    const types = typesIn('About ten soldiers crossed the MDL by some 20 meters in Yeoncheon County and returned to the North after warning shots.');
    expect(types).not.toContain('defection');
    expect(types).not.toContain('repatriation');
  });

  it('still reads people caught and returned after crossing', () => {
    expect(typesIn('Two women who crossed the river were caught by Chinese police and returned to the North last week.')).toEqual(['defection', 'arrest', 'repatriation']);
  });

  it('still reads a return at a crossing point', () => {
    expect(typesIn('About 60 escapees were driven to the Tumen border crossing and returned to the North on the night of Oct. 9.')).toContain('repatriation');
  });
});

describe('an escape that helpers help', () => {
  it.each([
    'They were handed over early this month, according to a South Korea-based activist who was helping them escape.',
    'The group was picked up at a guesthouse, according to an activist group that helps North Koreans escape through China.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).not.toContain('defection');
  });
});

describe('where relatives of people from a town are punished', () => {
  it('is that town', () => {
    expect(roleOf('Last week the relatives of two women from Hoeryong who were among the returnees were ordered out of their homes.', 'kp-hoeryong')).toBe('scene');
  });

  it('leaves "a family of four from Kimchaek" caught elsewhere to its origin', () => {
    expect(roleOf('A family of four from Kimchaek was caught by a border patrol near Musan in April.', 'kp-kimchaek')).toBe('origin');
  });
});

describe('a gathering where verdicts were read', () => {
  it('is the trial’s audience, not a session', () => {
    expect(typesIn('The verdicts were read out at a gathering in front of the railway station that residents were ordered to attend.')).not.toContain('indoctrination');
  });
});
