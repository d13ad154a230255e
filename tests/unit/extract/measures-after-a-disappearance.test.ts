import { describe, expect, it } from 'vitest';
import { extractAll } from './helpers';

const crackdowns = (paragraphs: string[]) => extractAll(paragraphs, '2022-09-14').filter((i) => i.type === 'crackdown');

describe('controls an escape abroad prompts', () => {
  it('reads what the escape prompted officials to do, however long their title, as done', () => {
    const out = crackdowns([
      'Two workers went missing from a building site in Vladivostok late last month, prompting the overseas security officials attached to their company to confiscate the phones of the rest of the crew.',
    ]);
    expect(out.map((i) => i.placeName)).toEqual(['Vladivostok']);
  });

  it('reads the rest of a crew confined to its dormitory as a control', () => {
    expect(crackdowns(['After the escape in Nakhodka, managers confined the rest of the crew to the dormitory for two weeks.'])).toHaveLength(1);
  });

  it('places it in the town the sentence names before the verb, not in the country its agents are posted to', () => {
    const out = crackdowns([
      'Three laborers disappeared from a site in Vladivostok in late July, prompting security officials in Russia to confine the rest of their crew to the dormitory.',
    ]);
    expect(out.map((i) => i.placeName)).toEqual(['Vladivostok']);
  });

  it('does not move an event to a town told after it, which belongs to what happened next', () => {
    const out = extractAll(['Two workers disappeared from a logging camp in Russia in August, and Russian police later caught one of them in Khabarovsk.'], '2022-10-07');
    expect(out.find((i) => i.type === 'defection')?.placeName).not.toBe('Khabarovsk');
  });
});
