import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { lookupPlaceName } from '@/lib/geo/gazetteer';
import { isBackground } from '@/lib/ingest/extract/factuality';
import { extractAll, types } from './helpers';

const roles = (text: string) => findRoledMentions(text).map((m) => `${m.place.name}:${m.role}`);

describe('towns on escape routes abroad', () => {
  it('knows the Lao, Mongolian, Chinese and Russian towns that escape and work reports name', () => {
    for (const [name, country] of [
      ['Oudomxay', 'LA'],
      ['Muang Xay', 'LA'],
      ['Boten', 'LA'],
      ['Zamyn-Uud', 'MN'],
      ['Erenhot', 'CN'],
      ['Erlian', 'CN'],
      ['Tyrma', 'RU'],
    ]) {
      expect(lookupPlaceName(name).map((p) => p.country), name).toContain(country);
    }
  });

  it('places an arrest in a Lao provincial town rather than in the capital the group was flown to', () => {
    const text = 'Police caught the seven teenagers near the town of Oudomxay on April 3, and they were later flown to Pyongyang, a missionary said.';
    const arrest = extractAll([text], '2014-04-20').find((i) => i.type === 'arrest');
    expect(arrest?.placeName).toBe('Oudomxay');
  });
});

describe('named works inside another city', () => {
  it('reads the steel complex named after Kim Chaek as a site in Chongjin, not the city of Kimchaek', () => {
    const [site] = findRoledMentions('A fire broke out at the Kim Chaek Iron and Steel Complex last week.');
    expect(site.place.name).toBe('Kim Chaek Iron and Steel Complex');
    expect(site.place.parentId).toMatch(/^kp-chongjin/);
  });
});

describe('where a flight home lands', () => {
  it('is no scene, whether the people "were flown" or officials "flew them"', () => {
    expect(roles('Embassy staff flew them back to Pyongyang on Tuesday.')).toEqual(['Pyongyang:destination']);
    expect(roles('The group was taken on to Kunming before being flown on to Pyongyang.')).toEqual(['Kunming:scene', 'Pyongyang:destination']);
  });

  it('treats a city passed on the way to a named destination as the route, not the scene', () => {
    expect(roles('Officials flew the nine back to Pyongyang via Beijing.')).toEqual(['Pyongyang:destination', 'Beijing:scope']);
    // Without a destination before it, "via" may name where a return happened.
    expect(roles('Most were sent back through Tumen and the rest via Dandong.')).toContain('Dandong:scene');
  });
});

describe('the capital standing for the state', () => {
  it('reads "at Pyongyang\'s request" and "at the request of Pyongyang" as the state', () => {
    expect(roles("Chinese police searched villages near Yanji at Pyongyang's request.")).toContain('Pyongyang:scope');
    expect(roles('Chinese police searched villages near Yanji at the request of Pyongyang.')).toContain('Pyongyang:scope');
  });
});

describe('people in a deal and people who tell', () => {
  it('does not place an execution where the convict bought his goods, inside the North too', () => {
    const text = 'The man shot at the stadium in Kilju had bought the drug from producers in Hamhung, the source said.';
    expect(roles(text)).toContain('Hamhung:scope');
  });

  it('reads "a second source, from neighbouring Hoeryong" and a reporting partner as sources', () => {
    expect(roles('A second source, from neighbouring Hoeryong, said two more people were jailed.')).toEqual(['Hoeryong:source']);
    expect(roles('Guards were questioned, according to a reporting partner in Ryanggang Province.')).toEqual(['Ryanggang:source']);
  });
});

describe('what a law sets and what may follow', () => {
  it('reads the prison terms a law sets as no sentence handed down', () => {
    const text = 'Workers at the mill were made to copy out the law, which sets prison terms of up to ten years for sharing foreign songs.';
    expect(types(extractAll([text], '2022-03-10'))).not.toContain('trial');
  });

  it('gives a verb joined by "and" to a modal passive the same modal', () => {
    const text = 'Rights groups worry that the women will be questioned at length by the security ministry and sent to labour camps.';
    expect(types(extractAll([text], '2023-11-02'))).not.toContain('trial');
  });
});

describe('a conviction told as who was punished', () => {
  it('reads "executed a man convicted of" as one execution, with no trial of its own', () => {
    const out = types(extractAll(['Authorities in Kanggye publicly executed a man convicted of selling state copper last week, a source said.'], '2016-05-20'));
    expect(out).toContain('execution');
    expect(out).not.toContain('trial');
  });

  it('reads "executed after being found guilty" as one execution', () => {
    const out = types(extractAll(['A deputy minister in Pyongyang was executed in April after being found guilty of embezzlement, a source said.'], '2021-05-20'));
    expect(out).not.toContain('trial');
  });

  it('keeps a conviction told with its own auxiliary as a trial', () => {
    const out = types(extractAll(['Two smugglers were convicted of selling copper at a court in Hyesan last week, a source said.'], '2016-05-20'));
    expect(out).toContain('trial');
  });

  it('reads "those convicted of" as a class of people', () => {
    const text = 'The assembly issued an amnesty order under which those convicted of theft against the state are to be let out from Aug. 15, the news agency said.';
    expect(types(extractAll([text], '2015-08-10'))).not.toContain('trial');
  });
});

describe('families that are not punished', () => {
  it('does not read families frightened by an arrest as punished', () => {
    const text = 'The arrest has scared other families in Musan who depend on money from relatives abroad, the source said.';
    expect(types(extractAll([text], '2023-04-10'))).not.toContain('family_punishment');
  });

  it('does not read the husbands the detained women lived with as punished relatives', () => {
    const text = 'Five North Korean women who had been living with Chinese husbands were taken away by police in Yanji on March 2, a villager said.';
    const out = extractAll([text], '2016-03-20');
    expect(types(out)).not.toContain('family_punishment');
    expect(out.find((i) => i.type === 'arrest')?.placeName).toBe('Yanji');
  });

  it('does not read a relative questioned and then let go as punished, but keeps one questioned and held', () => {
    expect(types(extractAll(['Her brother was questioned for a day and then released, the source said.'], '2023-04-10'))).not.toContain('family_punishment');
    expect(types(extractAll(['Her brother was questioned for a day by the security agency, the source said.'], '2023-04-10'))).toContain('family_punishment');
  });
});

describe('what a source tells of "there"', () => {
  it('places what happened "there" in the source\'s town, but not what only "there were" says exists', () => {
    expect(roles('A second source in Onsong said three households there were moved to a mountain farm.')).toEqual(['Onsong:scene']);
    expect(roles('A second source in Onsong said there were more arrests.')).toEqual(['Onsong:source']);
  });
});

describe('reports of other reports and kinds of acts', () => {
  it('reads what earlier reports said as background', () => {
    expect(isBackground('Earlier reports from other outlets said that two students in Kanggye had also been shot.')).toBe(true);
  });

  it('does not read escapes a fence makes harder as an escape', () => {
    const text = 'New fences went up in Manpo last year, making crossings and defections far more difficult, a source said.';
    expect(types(extractAll([text], '2022-05-02'))).not.toContain('defection');
  });
});

describe('the date of an escape told in its subject', () => {
  it('dates a request to stay by the crossing told in the clause of those who ask', () => {
    const text = 'Three North Korean fishermen who drifted across the sea border off Goseong on Tuesday have asked to stay in the South, officials said on Thursday.';
    const defection = extractAll([text], '2023-10-19').find((i) => i.type === 'defection');
    expect(defection?.date).toBe('2023-10-17');
  });
});

describe('a handover to the country named as theirs', () => {
  it('reads people handed over "to their home country" at a bridge as a return', () => {
    const text = 'Chinese police handed over about 40 North Koreans to their home country at the bridge between Tumen and Namyang on Friday, a rights group said.';
    expect(types(extractAll([text], '2023-10-16'))).toContain('repatriation');
  });
});

describe('sessions told by what was done at them', () => {
  it('reads units "ordered to hold a meeting at which residents signed pledges" as a session held', () => {
    const text = 'After the raids, neighbourhood units in Musan were ordered to hold a meeting at which residents signed pledges not to keep foreign phones.';
    expect(types(extractAll([text], '2024-06-20'))).toContain('indoctrination');
  });

  it('still reads an order to hold a meeting, with nothing told of it, as no session', () => {
    const text = 'Neighbourhood units in Musan were ordered to hold a meeting next week, a source said.';
    expect(types(extractAll([text], '2024-06-20'))).not.toContain('indoctrination');
  });

  it('reads people gathered and then told or made to promise something as a session', () => {
    expect(types(extractAll(['Residents of the village were gathered on the 3rd and made to sign pledges not to approach the river.'], '2025-09-05'))).toContain('indoctrination');
    expect(types(extractAll(['Workers were assembled the next morning and told that the fire was the fault of careless staff.'], '2025-09-05'))).toContain('indoctrination');
  });
});
