import type { IncidentType } from '@/lib/taxonomy';
import type { SummaryFacts } from './types';

/** Summaries are composed from extracted facts, never copied from the article. */
const ACTOR_LABEL: Record<string, string> = {
  MSS: 'State security officials',
  MSoS: 'Police of the Ministry of Social Security',
  court: 'A court',
  party: 'Party officials',
  military: 'Soldiers',
  border_guard: 'Border guards',
  foreign_police: 'Foreign police',
  task_force: 'An inspection task force',
};

const TAG_PHRASE: Record<string, string> = {
  leaking_secrets: 'leaking secrets',
  foreign_phone: 'foreign phone use',
  foreign_media: 'foreign media',
  smuggling: 'smuggling',
  hacking: 'hacking',
  overseas_workers: 'workers abroad',
  border: 'the border',
  drugs: 'drugs',
  corruption: 'corruption',
  religion: 'religion',
  covid_rules: 'quarantine rules',
  missing_person: 'missing people',
};

const ACTION: Record<IncidentType, string> = {
  arrest: 'detained a person',
  trial: 'handed down sentences',
  execution: 'carried out an execution',
  defection: 'reported an escape or illegal border crossing',
  repatriation: 'sought the forced return of escapees',
  family_punishment: "punished relatives for another person's act",
  crackdown: 'ran an inspection or surveillance operation',
  indoctrination: 'held an ideological session for residents',
  other: 'were involved in an incident',
};

// Who did it, per type, when the article names no actor.
const DEFAULT_ACTOR: Partial<Record<IncidentType, string>> = { trial: 'A court', defection: 'Sources' };

export function summariseIncident(f: SummaryFacts): string {
  const actor = f.actors.map((a) => ACTOR_LABEL[a]).find(Boolean) ?? DEFAULT_ACTOR[f.type] ?? 'Authorities';
  const about = f.tags.filter((t) => t !== 'border' || f.tags.length === 1).slice(0, 2).map((t) => TAG_PHRASE[t] ?? t.replace(/_/g, ' '));
  const where = f.placeName ? ` in ${f.placeName}` : '';
  const over = about.length ? ` over ${about.join(' and ')}` : '';
  const when = f.date ? ` (${f.date})` : '';
  return `${actor} ${ACTION[f.type]}${where}${over}${when}.`;
}
