import { describe, expect, it } from 'vitest';
import { foldName, levelHintOf, normaliseName, stripHangulSuffix } from '@/lib/geo/normalise-name';
import { applyInitialSoundRule, romaniseHangul } from '@/lib/geo/romanise-hangul';

describe('normaliseName', () => {
  it.each([
    ["Ch'ŏngjin", 'chongjin'], ['Hyesan-si', 'hyesan'], ['Sunam District', 'sunam'], ['Sunam-guyok', 'sunam'],
    ['Musan County', 'musan'], ['Kangwon-do', 'kangwon'], ['Namyang Workers’ District', 'namyang'], ['RAJIN-SONBONG', 'rajin sonbong'],
    ['혜산시', '혜산'], ['수남구역', '수남'], ['신도', '신도'], ['County', 'county'],
  ])('%s → %s', (input, key) => expect(normaliseName(input)).toBe(key));

  it('folds without dropping level words', () => expect(foldName('Hyesan City')).toBe('hyesan city'));
  it('keeps NFC Hangul', () => expect(foldName('청진')).toBe('청진'));
  it('strips a Hangul suffix only when two syllables remain', () => {
    expect(stripHangulSuffix('무산군')).toBe('무산');
    expect(stripHangulSuffix('중구')).toBe('중구');
  });
  it('reads the level a name ends with', () => {
    expect(levelHintOf('Sunam District')).toBe('district');
    expect(levelHintOf('무산군')).toBe('county');
    expect(levelHintOf('Musan')).toBeNull();
  });
});

describe('romaniseHangul', () => {
  it.each([
    ['청진', 'cheongjin'], ['회령', 'hoeryeong'], ['김책', 'gimchaek'], ['신의주', 'sinuiju'], ['평성', 'pyeongseong'],
    ['함흥', 'hamheung'], ['개성', 'gaeseong'], ['곽산', 'gwaksan'], ['선악', 'seonak'],
  ])('%s → %s', (hangul, rr) => expect(romaniseHangul(hangul)).toBe(rr));

  it('applies the southern initial-sound rule', () => {
    expect(applyInitialSoundRule('룡천')).toBe('용천');
    expect(applyInitialSoundRule('라선')).toBe('나선');
    expect(applyInitialSoundRule('리원')).toBe('이원');
    expect(applyInitialSoundRule('녕변')).toBe('영변');
    expect(applyInitialSoundRule('청진')).toBeNull();
    expect(applyInitialSoundRule('남포')).toBeNull();
  });
});
