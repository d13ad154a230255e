import { describe, expect, it } from 'vitest';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { DEFAULT_STATE, parseDashboardState } from '@/lib/url/dashboard-state';
import { needsServerRender } from '@/lib/url/needs-server-render';
import { containsBBox } from '@/lib/url/markers-url';
import { toListUrl, toMarkersUrl, toProvinceFacetUrl, toStatsUrl } from '@/lib/url/widget-urls';

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));
const full = parse('type=arrest,trial&from=2024-01&province=north-hamgyong&q=phone&map=7/41.80/129.78&incident=42&by=week&page=3&lang=ko');

describe('widget URLs', () => {
  it('name each widget by the filter it needs and nothing else', () => {
    expect(toStatsUrl(full)).toBe('/api/stats?type=arrest,trial&from=2024-01&province=north-hamgyong&q=phone&by=week');
    expect(toListUrl(full)).toBe('/api/list?type=arrest,trial&from=2024-01&province=north-hamgyong&q=phone&page=3');
    expect(toProvinceFacetUrl(full)).toBe('/api/stats?type=arrest,trial&from=2024-01&q=phone&by=year');
    expect(toMarkersUrl(full, [124.123456, 37.5, 131, 43.000049], 6.6)).toBe(
      '/api/markers?type=arrest,trial&from=2024-01&province=north-hamgyong&q=phone&bbox=124.1235,37.5,131,43&zoom=7',
    );
  });

  it('leave defaults out, so the first view names its data by the shortest URL', () => {
    expect(toStatsUrl(DEFAULT_STATE)).toBe('/api/stats');
    expect(toListUrl(DEFAULT_STATE)).toBe('/api/list');
    expect(toProvinceFacetUrl(DEFAULT_STATE)).toBeNull();
  });

  it('a map move, a selection or a language does not change the stats or the list', () => {
    const moved = { ...full, map: { zoom: 9, lat: 40, lon: 127 }, incident: 7, lang: null };
    expect(toStatsUrl(moved)).toBe(toStatsUrl(full));
    expect(toListUrl(moved)).toBe(toListUrl(full));
  });

  it('a list page from the pager names its cursor, which the strict API accepts', () => {
    const paged = parse('type=arrest&page=4&before=2023-02-01_17');
    expect(toListUrl(paged)).toBe('/api/list?type=arrest&page=4&before=2023-02-01_17');
    expect(parseIncidentQuery(new URLSearchParams(toListUrl(paged).split('?')[1])).ok).toBe(true);
  });

  it('every stats URL is one the strict API accepts', () => {
    for (const url of [toStatsUrl(full), toProvinceFacetUrl(full)!, toStatsUrl(DEFAULT_STATE)]) {
      const params = new URL(url, 'http://x').searchParams;
      expect(parseIncidentQuery(params).ok, url).toBe(true);
    }
  });

  it('containsBBox: a view inside the counted area needs no new request', () => {
    expect(containsBBox([120, 35, 135, 45], [124, 37, 131, 43])).toBe(true);
    expect(containsBBox([120, 35, 135, 45], [119.9, 37, 131, 43])).toBe(false);
    expect(containsBBox([120, 35, 135, 45], [124, 37, 131, 45.1])).toBe(false);
  });

  it('only opening an incident or a language needs a server render', () => {
    expect(needsServerRender({ types: ['arrest'] })).toBe(false);
    expect(needsServerRender({ by: 'week' })).toBe(false);
    expect(needsServerRender({ page: 2 })).toBe(false);
    expect(needsServerRender({ incident: 4 })).toBe(true);
    expect(needsServerRender({ incident: null })).toBe(false); // closing: the sheet hides itself
    expect(needsServerRender({ lang: 'ko' })).toBe(true);
  });
});
