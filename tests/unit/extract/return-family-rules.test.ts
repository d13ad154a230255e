import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll, extract, types } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('returns told without the word "repatriated"', () => {
  it.each([
    'Chinese police delivered her to the North Korean consulate in Shenyang.',
    'The women were escorted back across the bridge at dawn.',
    'The officer reported them missing to Russian police and asked for their arrest.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('repatriation');
  });

  it('places a request to a foreign force in that country when the sentence names no place', () => {
    const out = extractAll([
      'Three loggers escaped from a timber camp in Russia in early June.',
      'The company’s security officer reported them missing to Russian police and asked for their arrest.',
      'Their families, who live in Kanggye, were summoned for questioning on June 20.',
    ]);
    expect(out.find((i) => i.type === 'repatriation')?.country).toBe('RU');
    expect(out.find((i) => i.type === 'family_punishment')?.placeName).toBe('Kanggye');
  });
});

describe('handovers told with a long object, "the North" or a bridge', () => {
  it.each([
    'Around twenty North Koreans arrested in China were handed over to the North at the Friendship Bridge in early March.',
    'Russian authorities handed two North Korean workers who had fled a logging camp in the Amur region to North Korean officials on Nov. 3.',
    'Chinese authorities last Thursday sent seven North Koreans, five of them women, back across the Tumen River.',
    'Five North Korean women were handed over by Chinese border police at the Tumen-Namyang bridge last Friday.',
    'On March 29, Chinese border police took them across the bridge linking Tumen and Namyang.',
  ])('reads a return: %s', (sentence) => {
    expect(typesIn(sentence)).toContain('repatriation');
  });

  it('still reads a handover inside one country as no return', () => {
    expect(typesIn('The suspects were handed over to the provincial prosecutors in Hamhung.')).not.toContain('repatriation');
  });
});

describe('whose family', () => {
  it('reads a family caught for its own escape as an arrest', () => {
    const out = extract(['A North Korean family of three who had been hiding in Yanji was detained by Chinese police in late March.']);
    expect(types(out)).toEqual(['arrest']);
    expect(out[0].placeName).toBe('Yanji');
  });

  it('reads a household named as the object of a capture as the people caught, not relatives punished', () => {
    expect(types(extractAll(['Chinese police detained a North Korean family of five at a guesthouse in Shenyang on April 29.']))).toEqual(['arrest']);
    expect(types(extractAll(["Police detained a defector's family in Hyesan on May 2."]))).toEqual(['family_punishment']);
  });

  it.each([
    "The deputy manager's wife and children were later moved from their apartment in Musan to a remote work team.",
    "The man's wife and two teenage sons were put on a truck a few days later and taken to a farm.",
    'The parents of one of the women, who live in Sinuiju, were removed from their jobs last week.',
    'The families of at least six people known to have escaped were told to pack their belongings.',
    'State security agents have since removed his wife and children from their home in Rason.',
    "Days after the verdict, relatives of the two, including one man's elderly father and his sister's family, vanished from their homes.",
  ])('reads relatives moved, removed or made to leave as a family punishment: %s', (sentence) => {
    expect(typesIn(sentence)).toContain('family_punishment');
  });

  it('dates "on the same night" by the event its own sentence has just dated, not by the sentence before', () => {
    const out = extractAll(
      ['The official was arrested by state security agents in late March. Less than a month later, in mid-April, he was sentenced without a public trial and his family was removed from their apartment in Tanchon on the same night.'],
      '2016-05-03',
    );
    expect(out.find((i) => i.type === 'family_punishment')?.date).toBe('2016-04');
  });

  it('still reads relatives taken away at home as a family punishment', () => {
    expect(typesIn('Agents came at night and took the parents and two younger children away in a van.')).toEqual(['family_punishment']);
    expect(typesIn('The families of the three, who live in Kanggye, were summoned by state security.')).toEqual(['family_punishment']);
    expect(typesIn('Her elder brother and his wife, both party members at a farm in Uiju County, were expelled from the party.')).toEqual(['family_punishment']);
  });
});

describe('relatives who speak, things taken, people caught together, and hearsay of a camp', () => {
  it('reads a relative who speaks as a source, and a household that lost its things as no relative punished', () => {
    expect(typesIn('An uncle in Kanggye said the two girls are still being questioned by the police.')).not.toContain('family_punishment');
    expect(typesIn('In one raid a household had its radio and two phones taken away.')).not.toContain('family_punishment');
  });

  it('reads relatives caught together with the person named first as an arrest', () => {
    expect(typesIn('A pastor and his two daughters were detained in Sariwon last week.')).toEqual(['arrest']);
    // Relatives punished for another's act are still a family punishment.
    expect(typesIn("The escapee's wife and daughters were detained last week.")).toEqual(['family_punishment']);
  });

  it('reads where neighbours think someone was sent as hearsay, not a term', () => {
    expect(typesIn('Villagers suspect the couple were sent to a political prison camp in the mountains.')).not.toContain('trial');
    expect(typesIn('Two smugglers were sent to a labor camp in Chongjin on May 3, residents say.')).toContain('trial');
  });
});

describe('confinement and dates of the day', () => {
  it('reads workers barred from leaving their site as a crackdown', () => {
    expect(typesIn('The remaining workers have been barred from leaving the camp.')).toEqual(['crackdown']);
  });

  it('reads a ban that names the people confined ("banned workers from leaving") as a crackdown', () => {
    expect(typesIn('Since the escape, the fishing cooperative has banned its crews from leaving port at night.')).toContain('crackdown');
  });

  it('keeps "the afternoon of the 14th of last month" in last month', () => {
    const out = extract(['An open trial was held in Musan on the afternoon of the 14th of last month.'], '2025-08-21');
    expect(out.map((i) => i.date)).toEqual(['2025-07-14']);
  });
});
