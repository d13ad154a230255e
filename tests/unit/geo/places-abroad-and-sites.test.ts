import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/geo/gazetteer';

const ids = (text: string) => findPlaceMentions(text).map((m) => m.place.id);

describe('places abroad where North Koreans work or pass through', () => {
  it('knows capitals and work cities in Russia, China, South-East Asia and the Gulf', () => {
    expect(ids('Crews moved from St. Petersburg to Khabarovsk and Yuzhno-Sakhalinsk.')).toEqual(['ru-st-petersburg', 'ru-khabarovsk', 'ru-yuzhno-sakhalinsk']);
    expect(ids('Restaurants in Harbin, Qingdao and Mudanjiang closed.')).toEqual(['cn-harbin', 'cn-qingdao', 'cn-mudanjiang']);
    expect(ids('The route ran via Kunming to Vientiane, then Bangkok; others went through Ulan Bator.')).toEqual(['cn-kunming', 'la-vientiane', 'th-bangkok', 'mn-ulaanbaatar']);
    expect(ids('Builders in Doha, Dubai and Kuwait City were counted.')).toEqual(['qa-doha', 'ae-dubai', 'kw-kuwait-city']);
  });

  it('knows Luang Namtha, the Lao province on the route south from Yunnan', () => {
    expect(ids('Police in Luang Namtha Province detained the group near the border with China.')).toEqual(['la-luang-namtha', 'cn']);
  });

  it('knows the Russian regions inland where logging crews work, and puts their towns inside them', () => {
    expect(ids('a timber camp in the Amur region')).toEqual(['ru-amur']);
    expect(ids('crews sent to Khabarovsk Krai')).toEqual(['ru-khabarovsk-krai']);
    expect(ids('a bus terminal in Khabarovsk')).toEqual(['ru-khabarovsk']);
    const tynda = findPlaceMentions('near Tynda')[0].place;
    expect([tynda.parentId, tynda.admin1]).toEqual(['ru-amur', 'Amur Oblast']);
  });

  it('reads "Kuwait" alone as the country and "Kuwait City" as the city', () => {
    expect(ids('workers sent to Kuwait')).toEqual(['kw']);
    expect(ids('a site in Kuwait City')).toEqual(['kw-kuwait-city']);
  });
});

describe('named camps and sites', () => {
  it('finds numbered camps however they are written, even in lower case', () => {
    expect(ids('He was held in Political Prison Camp No. 14 before his transfer.')).toEqual(['kp-kaechon-camp-14']);
    expect(ids('moved to political prison camp No. 25 near the city')).toEqual(['kp-chongjin-camp-25']);
    expect(ids('inmates of Kyo-hwa-so No. 12 and the Yodok camp')).toEqual(['kp-hoeryong-jongori', 'kp-yodok-camp-15']);
    expect(ids('a prisoner at Kyohwaso No. 1')).toEqual(['kp-kaechon-kyohwaso-1']);
  });

  it('does not read a lower-case word without a number as a name', () => {
    expect(ids('the camp was quiet, said no one')).toEqual([]);
  });

  it('knows bridges and Pyongyang landmarks, but not the founder himself', () => {
    expect(ids('returned over the Sino-Korean Friendship Bridge')).toEqual(['kp-sinuiju-friendship-bridge']);
    expect(ids('sent back over the Namyang-Tumen Bridge')).toEqual(['kp-onsong-namyang-bridge']);
    expect(ids('a rally at Kim Il Sung Square')).toEqual(['kp-pyongyang-kim-il-sung-square']);
    expect(ids('students of Kim Il-sung University')).toEqual(['kp-pyongyang-kim-il-sung-university']);
    expect(ids('songs praising Kim Il Sung were sung')).toEqual([]);
  });
});
