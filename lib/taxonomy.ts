/**
 * The product's vocabulary (see shared/TAXONOMY.md): incident types, tags, actors, precisions.
 * Pure data, safe to import from both server and client code.
 */

export const INCIDENT_TYPES = [
  'arrest',
  'trial',
  'execution',
  'defection',
  'repatriation',
  'family_punishment',
  'crackdown',
  'indoctrination',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const TYPE_LABELS: Record<IncidentType, string> = {
  arrest: 'Arrest / detention',
  trial: 'Trial / sentence',
  execution: 'Execution',
  defection: 'Escape / border crossing',
  repatriation: 'Forced repatriation',
  family_punishment: 'Punishment of family',
  crackdown: 'Crackdown / surveillance',
  indoctrination: 'Ideological campaign',
  other: 'Other',
};

/** Colour-blind-aware palette (Okabe–Ito based); each passes 3:1 against white for markers. */
export const TYPE_COLORS: Record<IncidentType, string> = {
  arrest: '#c0392b',
  trial: '#8e44ad',
  execution: '#1a1a1a',
  defection: '#0072b2',
  repatriation: '#d55e00',
  family_punishment: '#b8860b',
  crackdown: '#007a5e',
  indoctrination: '#cc4c8c',
  other: '#6b6b6b',
};

export const TAGS = [
  'leaking_secrets',
  'foreign_phone',
  'foreign_media',
  'smuggling',
  'hacking',
  'overseas_workers',
  'border',
  'drugs',
  'corruption',
  'religion',
  'covid_rules',
  'missing_person',
] as const;
export type Tag = (typeof TAGS)[number];

export const ACTORS = ['MSS', 'MSoS', 'court', 'party', 'military', 'border_guard', 'foreign_police'] as const;

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const LOCATION_PRECISIONS = ['site', 'city', 'province', 'country', 'unknown'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const STATUSES = ['auto', 'reviewed', 'rejected', 'merged'] as const;
export type IncidentStatus = (typeof STATUSES)[number];

export function isIncidentType(value: string): value is IncidentType {
  return (INCIDENT_TYPES as readonly string[]).includes(value);
}
