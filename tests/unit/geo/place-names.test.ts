import { describe, expect, it } from 'vitest';
import { findIncidentPlace, findKoreanPlaceName, listPlaceSearchNames, withKoreanName } from '@/lib/geo/place-names';
import { getAllPlaces } from '@/lib/geo/gazetteer';
import { deriveIncidentColumns } from '@/lib/incidents/to-incident-row';

const place = (name: string) => getAllPlaces().find((p) => p.name === name)!;

describe('Korean names beside romanised ones', () => {
  it('resolve a stored place to the gazetteer and give its short Korean name', () => {
    const hoeryong = place('Hoeryong');
    expect(findIncidentPlace('Hoeryong', hoeryong.admin1)?.id).toBe(hoeryong.id);
    const korean = findKoreanPlaceName('Hoeryong', hoeryong.admin1)!;
    // The short form of the gazetteer's own Korean name (회령시 → 회령), without the level ending.
    expect(hoeryong.nativeName!.startsWith(korean)).toBe(true);
    expect(korean.length).toBeLessThan(hoeryong.nativeName!.length);
    expect(findIncidentPlace('Village near Hoeryong', hoeryong.admin1)?.id).toBe(hoeryong.id);
  });

  it('give a province its full Korean name when only the province is known', () => {
    const province = place('North Hamgyong');
    expect(findKoreanPlaceName(null, 'North Hamgyong')).toBe(province.nativeName);
  });

  it('put the Korean name beside the part it names', () => {
    expect(withKoreanName('Hoeryong', '회령')).toBe('Hoeryong (회령)');
    expect(withKoreanName('Sunam District, Chongjin', '수남')).toBe('Sunam District (수남), Chongjin');
    expect(withKoreanName('회령', '회령')).toBe('회령');
    expect(withKoreanName('Somewhere', null)).toBe('Somewhere');
  });

  it('know nothing of a place the gazetteer lacks', () => {
    expect(findKoreanPlaceName('Atlantis', 'North Hamgyong')).toBeNull();
    expect(listPlaceSearchNames('Atlantis', 'Nowhere')).toEqual([]);
  });
});

describe('search text', () => {
  it('holds every spelling of the place and of its parents, Hangul included, but not the country', () => {
    const hoeryong = place('Hoeryong');
    const province = getAllPlaces().find((p) => p.id === hoeryong.parentId)!;
    const { searchText } = deriveIncidentColumns(
      { summary: 'A lecture.', date: null, datePrecision: 'unknown', placeName: 'Hoeryong', admin1: hoeryong.admin1 },
      [],
    );
    for (const name of [...hoeryong.aliases, hoeryong.nativeName!, province.name, ...province.aliases]) {
      expect(searchText).toContain(name.toLowerCase());
    }
    expect(searchText).not.toContain('north korea');
  });
});
