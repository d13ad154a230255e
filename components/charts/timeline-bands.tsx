'use client';

import { ReferenceArea } from 'recharts';
import type { CoarseBand } from '@/lib/incidents/coarse-dates';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';

const HATCH_ID = 'timeline-coarse-hatch';

/** The hatching the coarse-date bands are filled with, defined once for the page's timeline. */
export function HatchPattern() {
  return (
    <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="2" height="6" className="coarse-hatch-stripe" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * Dates coarser than a period are not counted in one: each is a hatched band over the periods its date
 * covers ("sometime in 2022"), labelled with its count. Returned as elements, for a Recharts chart's children.
 */
export function renderCoarseBands(coarse: readonly CoarseBand[], labelOf: (band: CoarseBand) => string) {
  return coarse.map((band) => (
    <ReferenceArea
      key={band.label}
      className="coarse-band"
      x1={band.first}
      x2={band.last}
      ifOverflow="visible"
      fill={`url(#${HATCH_ID})`}
      fillOpacity={1}
      stroke="currentColor"
      strokeOpacity={0.5}
      strokeDasharray="3 3"
      label={{ value: labelOf(band), position: 'insideTop', fontSize: 11 }}
    />
  ));
}

/** Legend and tooltip entries in the taxonomy's order (Recharts sorts them by name otherwise). */
export function sortByTaxonomy(item: { dataKey?: unknown }): number {
  return INCIDENT_TYPES.indexOf(item.dataKey as IncidentType);
}
