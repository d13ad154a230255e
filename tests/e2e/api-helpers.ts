import type { APIRequestContext } from '@playwright/test';

type Stats = { total: number; byType: Record<string, number> };
type FeatureCollection = { features: { id: number; geometry: unknown; properties: Record<string, unknown> }[] };

/** The API is the reference the UI is checked against: no number is written into the tests. */
export async function fetchStats(request: APIRequestContext, query = ''): Promise<Stats> {
  const res = await request.get(`/api/stats${query ? `?${query}` : ''}`);
  if (!res.ok()) throw new Error(`stats ${res.status()}`);
  return res.json();
}

export async function fetchIncidents(request: APIRequestContext, query = ''): Promise<FeatureCollection> {
  const res = await request.get(`/api/incidents?limit=1000${query ? `&${query}` : ''}`);
  if (!res.ok()) throw new Error(`incidents ${res.status()}`);
  return res.json();
}

export async function countMappable(request: APIRequestContext, query = ''): Promise<number> {
  const { features } = await fetchIncidents(request, query);
  return features.filter((f) => f.geometry !== null && f.properties.locationPrecision !== 'country').length;
}
