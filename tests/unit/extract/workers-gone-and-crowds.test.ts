import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('people who leave and do not come back', () => {
  it.each([
    'The waitresses left the restaurant after closing time on Saturday and did not return to their dormitory.',
    'Three cooks left their dormitory at the end of last month and have not returned, sources said.',
    'Four women working at a state-run restaurant in the border city of Dandong have disappeared, two people said.',
    'Two fishermen were found near Baengnyeong Island, and both have said they want to remain in the South.',
    'A family of four arrived off Sokcho on Saturday and asked to be allowed to live in South Korea.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('defection');
  });

  it('still reads a plain negated capture as nothing', () => {
    expect(typesIn('The guards did not return fire and did not arrest anyone.')).toEqual([]);
  });
});

describe('traders and workers standing up to officials', () => {
  it.each([
    'Merchants at the Sapo market scuffled with market inspectors last Friday over fixed prices.',
    'Dozens of traders confronted market managers at the market in Sinpo on Dec. 5.',
    'Women at a seafood plant in Donggang refused to begin their shift last Wednesday in protest over unpaid wages.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('other');
  });
});

describe('crowds and rallies', () => {
  it('reads residents gathered for a rally as a campaign, not a count of people', () => {
    expect(typesIn('Officials gathered thousands of residents at a stadium in Rajin on Jan. 8 for a rally against foreign culture.')).toContain('indoctrination');
  });

  it('keeps counts of people generic', () => {
    const found = extractAll(['Tens of thousands of North Korean women fled to China after the famine of the late 1990s.'], '2012-05-01');
    expect(found.filter((i) => i.type === 'defection')).toEqual([]);
  });

  it('does not read a lecture hall as a lecture', () => {
    expect(typesIn('Students had to hand in their phones at the entrance to the lecture halls.')).not.toContain('indoctrination');
  });
});

describe('watchers, owners and parents', () => {
  it.each([
    ['a monitoring group', 'The North executed two people in April for trafficking, a Seoul-based group monitoring the North said.', 'crackdown'],
    ['owners going through their own ledgers', 'The factory owners still meet every week, going through ledgers that no longer add up.', 'crackdown'],
    ['words that vanish from the media', 'References to reunification have largely disappeared from official media.', 'defection'],
    ['helpers of crossings as a class', 'The state has stepped up punishment of brokers who help people cross into China.', 'defection'],
    ['parents called in over pupils’ phones', 'Several students had their devices confiscated and their parents called in.', 'family_punishment'],
  ])('%s', (_kind, sentence, type) => {
    expect(typesIn(sentence)).not.toContain(type);
  });

  it('still reads inspectors going through the books as a search', () => {
    expect(typesIn('Inspectors from the provincial prosecutor went through the books of the trading company.')).toContain('crackdown');
  });

  it('still reads parents summoned by the police and fined as punished', () => {
    expect(typesIn('The parents of the pupil were summoned by the police and fined.')).toContain('family_punishment');
  });
});

describe('returns that end at a border station', () => {
  it.each([
    'The two loggers were caught by Russian police and sent back through the border station at Khasan.',
    'He was returned at the Friendship Bridge and taken away by military security officers.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('repatriation');
  });

  it('reads custody at the end of a return as the return, not a new arrest', () => {
    expect(typesIn('He was returned at the Friendship Bridge and taken away by military security officers.')).not.toContain('arrest');
  });

  it('places a return begun in a country abroad at the crossing where it ended', () => {
    const found = extractAll(
      [
        'Women who were caught in China this spring have been sent back to North Korea, a source said.',
        'They were handed over to security agents at the Tumen-Namyang bridge in late April.',
      ],
      '2008-05-20',
    ).filter((i) => i.type === 'repatriation');
    expect(found).toHaveLength(1);
    expect(found[0].placeName).not.toBe('China');
  });

  it('reads relatives sent to live on a farm elsewhere as moved there, not punished there', () => {
    const roles = Object.fromEntries(
      findRoledMentions('Her husband and children were expelled from Hyesan and sent to live on a collective farm in Unhung County.').map((m) => [m.place.id, m.role]),
    );
    expect(roles['kp-unhung']).toBe('destination');
  });
});
