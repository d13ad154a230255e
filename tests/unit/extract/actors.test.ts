import { describe, expect, it } from 'vitest';
import { actorsAt, findActors } from '@/lib/ingest/extract/actors';
import { extractAll } from './helpers';

describe('actors', () => {
  it('names the North Korean forces by any of their names, and a foreign force when the text says whose', () => {
    expect(findActors('Agents of the Ministry of State Security took him away.')).toEqual(['MSS']);
    expect(findActors('Officers of the Ministry of Social Security searched the house.')).toEqual(['MSoS']);
    expect(findActors('Chinese police picked the couple up at a bus station.')).toEqual(['foreign_police']);
  });

  it('leaves plain police to the place: the Ministry of Social Security at home or nowhere, a foreign force abroad', () => {
    const plain = findActors('Police stopped the truck at a checkpoint.');
    expect(actorsAt(plain, 'KP')).toEqual(['MSoS']);
    expect(actorsAt(plain, null)).toEqual(['MSoS']);
    expect(actorsAt(plain, 'RU')).toEqual(['foreign_police']);
    expect(actorsAt(['foreign_police', ...plain], 'CN')).toEqual(['foreign_police']);
    expect(actorsAt(['MSS', 'court'], 'CN')).toEqual(['MSS', 'court']);
  });

  it("says whose police detained someone in the incident's summary", () => {
    const [abroad] = extractAll(['Police in Vladivostok detained a North Korean construction worker at a bus depot on March 3, a source told us.'], '2023-03-20');
    expect(abroad).toMatchObject({ type: 'arrest', country: 'RU', actors: ['foreign_police'] });
    expect(abroad.summary).toMatch(/^Foreign police/);
    const [home] = extractAll(['Police in Hoeryong detained a woman selling South Korean films at the market on March 3, a source told us.'], '2023-03-20');
    expect(home).toMatchObject({ type: 'arrest', country: 'KP', actors: ['MSoS'] });
  });
});
