import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, extractAll } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('handovers at the border are repatriations at the crossing', () => {
  it('reads "handed over to the North\'s agents at a customs post" as a return placed at the post', () => {
    const out = extract(['Chinese police handed three escapees over to the North\'s security agents at the Namyang customs post on June 2.']);
    const back = out.filter((i) => i.type === 'repatriation');
    expect(back).toHaveLength(1);
    expect(back[0].placeName).toMatch(/^Namyang Customs/);
    expect(back[0].date).toBe('2024-06-02');
  });

  it('reads "turned over to the North\'s border guards" as a return, not an arrest', () => {
    expect(typesIn('The two boys were turned over to the North\'s border guards at the bridge.')).toEqual(['repatriation']);
  });

  it('reads a return through Panmunjom and places it there', () => {
    const out = extract(['Seoul sent the two fishermen back to the North through Panmunjom on June 4.']);
    expect(out.map((i) => [i.type, i.placeName])).toEqual([['repatriation', 'Panmunjom, Panmun County']]);
  });
});

describe('crossings by sea and through the DMZ', () => {
  it('reads crossing the NLL as an escape, and a rescue by the South\'s navy as no arrest', () => {
    const out = extractAll(['Four people crossed the Northern Limit Line in a fishing boat on June 3 and were picked up by a South Korean navy patrol.']);
    expect(out.map((i) => i.type)).toEqual(['defection']);
    expect(out[0].placeName).toBe('Northern Limit Line');
    expect(out[0].locationPrecision).toBe('province');
  });

  it('reads a soldier walking across the MDL as an escape', () => {
    expect(typesIn('A soldier walked across the MDL and surrendered to a South Korean guard post.')).toContain('defection');
  });

  it('reads a crossing of the inter-Korean sea border, and a wish to settle in the South, as an escape', () => {
    expect(typesIn('Three men crossed the inter-Korean sea border in the West Sea on a rubber raft on Friday.')).toContain('defection');
    expect(typesIn('The two fishermen, picked up at dawn, have expressed their intent to remain in the South.')).toContain('defection');
  });

  it('reads arriving "saying he wants to defect" and asking to remain in the South as an escape', () => {
    expect(typesIn('A North Korean man crossed the estuary and arrived on Gyodong Island overnight, saying he wants to defect.')).toContain('defection');
    expect(typesIn('Two fishermen whose boat drifted south on Monday have asked to remain in South Korea.')).toContain('defection');
    expect(typesIn('Three other crew members asked to be sent home.')).not.toContain('defection');
  });

  it('places a boat found off a town of the South\'s east coast at that town', () => {
    const out = extract(['Two North Korean men on a wooden boat crossed the maritime border in the East Sea on June 2 and were found by a navy ship about 15 kilometers off Samcheok.']);
    expect(out.map((i) => [i.type, i.placeName])).toEqual([['defection', 'Samcheok']]);
  });

  it('reads people taken into custody by marines or a navy patrol as received by the South, not arrested', () => {
    expect(extractAll(['Marines guided the boat to shore on June 3 and took the pair into custody.']).map((i) => i.type)).not.toContain('arrest');
    expect(extractAll(['The men were picked up by a navy patrol near Baengnyeong Island on June 3.']).map((i) => i.type)).not.toContain('arrest');
    expect(extractAll(['Chinese coast guard ships detained two North Korean fishing boats near Dandong on June 3.']).map((i) => i.type)).toContain('arrest');
    expect(extractAll(['The MSS arrested the political officer of the coast guard post in Chongjin on June 3.']).map((i) => i.type)).toContain('arrest');
  });

  it('prefers a town the sentence names over the river', () => {
    const out = extract(['Two women crossed the Tumen River near Hoeryong on June 1.']);
    expect(out.map((i) => i.placeName)).toEqual(['Hoeryong']);
  });
});

describe('custody told with the return', () => {
  it('is how the return ends, not a new arrest', () => {
    const out = extractAll(['Chinese police sent the three women back across the border on May 4, and they were taken into custody by state security agents in Hyesan.']);
    expect(out.map((i) => i.type)).toEqual(['repatriation']);
    expect(extractAll(['Three traders were arrested by state security agents in Hyesan on May 4.']).map((i) => i.type)).toEqual(['arrest']);
  });
});

describe('sessions at schools and neighbourhood meetings', () => {
  it.each([
    'Teachers held special lessons on June 3 warning pupils against foreign songs.',
    'Residents were made to attend an inminban meeting where an officer read out the banned titles.',
    'Farm workers had to sit through a village meeting on the same subject.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('indoctrination');
  });

  it.each([
    'In the days that followed, residents of the district were summoned to lectures on the dangers of religion.',
    'Workers at factories across Chongjin were ordered last week to attend lectures on the penalties for watching foreign films.',
    'Residents of the riverside villages have been called to lectures twice a week since the start of the month.',
    'Afterwards, the city party committee held lectures at every enterprise, warning workers against theft.',
  ])('reads people summoned or ordered to a session as the session held: %s', (sentence) => {
    expect(typesIn(sentence)).toContain('indoctrination');
  });

  it('still reads a session only planned or forecast as none', () => {
    expect(typesIn('Officials plan to hold lectures in Hyesan next month.')).toEqual([]);
    expect(typesIn('Lectures are expected to be held in every district.')).toEqual([]);
  });

  it('still ignores a meeting where nobody is told anything', () => {
    expect(typesIn('The village meeting chose a new head of the farm.')).toEqual([]);
  });

  it('keeps a session in a town fronted by "In the villages around X" apart from the one before', () => {
    const out = extract([
      'In Tanchon, residents were made to attend an inminban meeting on June 5 where an officer read out the banned songs.',
      'In the villages around Hongwon, farm workers had to sit through a village meeting on the same subject.',
    ]);
    expect(out.filter((i) => i.type === 'indoctrination').map((i) => i.placeName).sort()).toEqual(['Hongwon County', 'Tanchon']);
  });
});

describe('sources and earlier steps', () => {
  it('does not place an event at the source\'s home named in an aside', () => {
    const out = extract([
      'A smuggler is believed to have been shot on the riverbank in Hyesan in mid-June.',
      'The source, who lives in Pochon, said officials refused to confirm the execution.',
    ]);
    expect(out.filter((i) => i.type === 'execution').map((i) => i.placeName)).toEqual(['Hyesan']);
  });

  it('does not date an arrest told "months after" by the later handover, so it joins the dated report', () => {
    const out = extract([
      'The women were handed over to North Korean authorities in June, months after Chinese police picked them up in Yanji.',
      'They had been arrested by Chinese police in March during checks at a restaurant in Yanji.',
    ]);
    const arrests = out.filter((i) => i.type === 'arrest');
    expect(arrests.map((i) => [i.placeName, i.date])).toEqual([['Yanji', '2024-03']]);
  });
});
