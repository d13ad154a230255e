export { SNAPSHOT_SELECT, type IncidentSnapshot } from './aggregate-keys';
export { applyIncidentDelta, applyIncidentDeltas, type IncidentChange } from './apply-incident-delta';
export { rebuildAggregates } from './rebuild-aggregates';
export { maintainAggregates } from './maintain-aggregates';
