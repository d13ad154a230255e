import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

const typesOf = (paragraphs: string[]) => extractAll(paragraphs, '2025-03-05').map((i) => i.type);

describe('listing households by a kind', () => {
  it('is a control in itself, though the kind names an escape', () => {
    expect(typesOf(['Security officials in Hyesan began compiling a list of every household with a member in South Korea in early February.'])).toEqual(['crackdown']);
  });

  it('reads "who is known to be living in South Korea" as a state of the person, not background', () => {
    expect(typesOf(['Officials in Hyesan have been compiling a detailed list of every household with a member who is known to be living in South Korea.'])).toEqual(['crackdown']);
  });

  it('still reads a habit known of the state as background', () => {
    expect(typesOf(['The security ministry is known to arrest relatives of defectors in Hyesan.'])).toEqual([]);
  });

  it('reads agents visiting each neighbourhood as a control', () => {
    expect(typesOf(['Since mid-February, security agents in Hyesan have been visiting each neighborhood with the inminban chief.'])).toEqual(['crackdown']);
  });
});

describe('a survey of households told as done', () => {
  it('reads "the survey began in mid-June" after an order to list households as a control', () => {
    const out = extractAll(
      [
        'Unit chiefs in Hyesan have been told to draw up a roster of households with members abroad, a resident said.',
        'The survey began in mid-June and covers every district of the city.',
      ],
      '2025-07-02',
    );
    expect(types(out)).toContain('crackdown');
  });

  it('does not read a survey still planned as done', () => {
    const out = extractAll(['Officials in Hyesan said a survey of farm output would be carried out next spring.'], '2025-07-02');
    expect(types(out)).not.toContain('crackdown');
  });
});
