import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/geo/gazetteer';

const ids = (text: string) => findPlaceMentions(text).map((m) => m.place.id);

describe('findPlaceMentions', () => {
  it('finds names in order, with offsets that slice back to the surface text', () => {
    const text = 'Guards from Musan County were sent to a market in Hyesan-si last week.';
    const mentions = findPlaceMentions(text);
    expect(mentions.map((m) => [m.place.id, m.text])).toEqual([['kp-musan', 'Musan County'], ['kp-hyesan', 'Hyesan-si']]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('prefers the longest name', () => {
    expect(ids('Officials in North Hamgyong Province met in Rajin-Sonbong.')).toEqual(['kp-north-hamgyong', 'kp-rason']);
    expect(ids('A new road to Jilin City opened.')).toEqual(['cn-jilin-city']);
    expect(ids('Traders in Jilin complained.')).toEqual(['cn-jilin']);
  });

  it('reads the two Ryongsong districts from their city', () => {
    expect(ids('Workers at a plant in Ryongsong District, Hamhung, went unpaid.')).toEqual(['kp-hamhung-ryongsong', 'kp-hamhung']);
    expect(ids('Pyongyang police patrolled Ryongsong District at night.')).toEqual(['kp-pyongyang', 'kp-pyongyang-ryongsong']);
  });

  it('keeps every reading in candidates, best first', () => {
    const [mention] = findPlaceMentions('Farmers in Unsan County, North Pyongan, lost their crop.');
    expect(mention.place.id).toBe('kp-unsan');
    expect(mention.candidates.map((c) => c.id)).toEqual(['kp-unsan', 'kp-unsan-sp']);
    expect(findPlaceMentions('Farmers in Unsan County, South Pyongan, lost their crop.')[0].place.id).toBe('kp-unsan-sp');
  });

  it('tells Sunam in Chongjin from Sunan in Pyongyang', () => {
    expect(ids('A vendor was held in Sunam District after a raid in Chongjin.')).toEqual(['kp-chongjin-sunam', 'kp-chongjin']);
    expect(ids('Flights land at Sunan, north of the capital.')).toEqual(['kp-pyongyang-sunan']);
    expect(findPlaceMentions('Sunam-guyok').map((m) => m.place.parentId)).toEqual(['kp-chongjin']);
  });

  it('tells the Tumen River from the Chinese city of Tumen, and never reads Tyumen', () => {
    expect(ids('Smugglers waded the Tumen River at night and hid in Tumen until dawn.')).toEqual(['kp-tumen-river', 'cn-tumen']);
    expect(ids('An oil firm in Tyumen, Siberia, reported profits.')).toEqual([]);
  });

  it('does not read people as places', () => {
    expect(ids("Events marked Kim Jong Suk's birthday.")).toEqual([]);
    expect(ids('Three families moved to Kim Jong Suk County.')).toEqual(['kp-kimjongsuk']);
    // The university named after Kim Chaek is a site in Pyongyang, never the city of Kimchaek.
    expect(ids('Kim Chaek University of Technology held exams.')).toEqual(['kp-pyongyang-kim-chaek-university']);
    expect(ids('Mr Chung said the price of rice rose.')).toEqual([]);
    expect(ids('The Chung District office closed.')).toEqual(['kp-pyongyang-chung']);
    expect(ids('Kim Jong Un visited a farm.')).toEqual([]);
  });

  it('reads the town written with its apostrophe, and the personal name without it only with a level word', () => {
    expect(ids("The two were returned across the bridge at Ji'an on the 29th.")).toEqual(['cn-jian']);
    expect(ids('Residents of Ji’an said so.')).toEqual(['cn-jian']);
    expect(ids('Jian said the price of rice rose.')).toEqual([]);
    expect(ids('Farmers in Jian City said so.')).toEqual(['cn-jian']);
  });

  it('ignores names written in lower case and names that need a level word', () => {
    expect(ids('a musan and an onsong are not places here')).toEqual([]);
    expect(ids('Taean is a county in South Korea.')).toEqual(['kr']);
    expect(ids('Taean District sits in Nampo.')).toEqual(['kp-nampo-taean', 'kp-nampo']);
  });

  it('handles breves, apostrophes, quotes, possessives and capitals', () => {
    expect(ids("Ch'ŏngjin's market and 'Hoeryŏng' and P’yŏngyang and SINUIJU")).toEqual([
      'kp-chongjin', 'kp-hoeryong', 'kp-pyongyang', 'kp-sinuiju',
    ]);
  });

  it('reads romanisation variants the outlets use', () => {
    expect(ids('Yongchon, Hoeryeong, Onseong, Gimchaek, Shinuiju, Pyeongseong, Hamheung, Gaeseong, Cheongjin, Ganggye, Nason')).toEqual([
      'kp-ryongchon', 'kp-hoeryong', 'kp-onsong', 'kp-kimchaek', 'kp-sinuiju', 'kp-pyongsong', 'kp-hamhung', 'kp-kaesong',
      'kp-chongjin', 'kp-kanggye', 'kp-rason',
    ]);
  });

  it('finds Hangul names followed by particles and short ones only with a level word', () => {
    expect(ids('혜산시에서 청진까지 갔다가 무산군에 들렀다')).toEqual(['kp-hyesan', 'kp-chongjin', 'kp-musan']);
    expect(ids('중구역 주민')).toEqual(['kp-pyongyang-chung']);
    expect(ids('영광스러운 해안선')).toEqual([]);
  });

  it('reads countries and border towns', () => {
    expect(ids('The DPRK and N. Korea; then China, Dandong, Yanji, Hunchun, Vladivostok and Khasan; then Laos and Thailand.')).toEqual([
      'kp', 'kp', 'cn', 'cn-dandong', 'cn-yanji', 'cn-hunchun', 'ru-vladivostok', 'ru-khasan', 'la', 'th',
    ]);
  });

  it('does not join names across punctuation', () => {
    expect(ids('Hyesan, do not forget.')).toEqual(['kp-hyesan']);
    expect(findPlaceMentions('They went from Hyesan to Hamhung.').map((m) => m.text)).toEqual(['Hyesan', 'Hamhung']);
  });

  it('reads names shared by "rivers" as the rivers, not the towns named after them', () => {
    expect(ids('New fences stand along the Yalu and Tumen rivers.')).toEqual(['kp-yalu-river', 'kp-tumen-river']);
    expect(ids('Patrols watch the Tumen and Yalu rivers at night.')).toEqual(['kp-tumen-river', 'kp-yalu-river']);
    expect(ids('Traders in Tumen and Hunchun were fined.')).toEqual(['cn-tumen', 'cn-hunchun']);
  });

  it('does not read a neighbourhood "X-dong" as the county or city X', () => {
    expect(ids('A woman in Songchon-dong, Hoeryong, was detained.')).toEqual(['kp-hoeryong']);
    expect(ids('A woman in Songchon County was detained.')).toEqual(['kp-songchon']);
  });

  it('returns nothing for empty or placeless text', () => {
    expect(findPlaceMentions('')).toEqual([]);
    expect(findPlaceMentions('Prices rose again this month.')).toEqual([]);
  });
});
