import type { Reliability } from './reliability';
import type { EvalRun } from './run-eval';
import type { Metrics } from './score';

const pct = (x: number | null): string => (x === null ? '   – ' : `${(x * 100).toFixed(1).padStart(5)}`);

function row(label: string, m: Metrics): string {
  return [
    label.padEnd(18),
    String(m.tp).padStart(4),
    String(m.fp).padStart(4),
    String(m.fn).padStart(4),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    `${pct(m.dateAccuracy)} (${m.datesCorrect}/${m.datesScored})`,
    String(m.inventedDates).padStart(4),
  ].join('  ');
}

/** Confidence bin → precision, and the share of predictions at or above the high-confidence threshold. */
export function formatReliability({ bins, high }: Reliability): string[] {
  const line = (label: string, b: { n: number; correct: number; precision: number | null }) =>
    `${label.padEnd(12)}${String(b.n).padStart(5)}${String(b.correct).padStart(9)}   ${pct(b.precision)}`;
  return [
    `${'confidence'.padEnd(12)}${'n'.padStart(5)}${'correct'.padStart(9)}   precision`,
    ...bins.map((b) => line(`${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`, b)),
    line(`≥ ${high.lo.toFixed(1)}`, high),
  ];
}

/**
 * Human-readable report: overall figures, a per-type table, with `reliability` the confidence table and, with
 * `verbose`, misses per article.
 */
export function formatReport(run: EvalRun, verbose: boolean, reliability = false): string {
  const lines: string[] = [];
  const o = run.overall;
  lines.push(`type+place  P ${pct(o.precision)}%  R ${pct(o.recall)}%  F1 ${pct(o.f1)}%   (TP ${o.tp}, FP ${o.fp}, FN ${o.fn})`);
  lines.push(`date accuracy ${pct(o.dateAccuracy)}% (${o.datesCorrect}/${o.datesScored}); invented dates on null-gold pairs: ${o.inventedDates}`);
  const empty = run.noIncidentArticles;
  lines.push(`incidents on no-incident articles: ${empty.predicted} (over ${empty.articles} such articles)`);
  lines.push('');
  lines.push(`${'type'.padEnd(18)}    TP    FP    FN      P      R     F1   date acc       invented`);
  for (const [type, m] of Object.entries(run.byType).sort()) lines.push(row(type, m));
  lines.push(row('ALL', o));
  if (reliability) lines.push('', ...formatReliability(run.reliability));
  if (run.missingFiles.length) lines.push('', `gold articles with no file: ${run.missingFiles.join(', ')}`);
  if (run.unreadableFiles.length) lines.push('', `unreadable articles (scored as empty): ${run.unreadableFiles.join(', ')}`);
  if (verbose) {
    for (const a of run.articles) {
      if (!a.misses.length && !a.falsePositives.length && !a.wrongDates.length) continue;
      lines.push('', `## ${a.file}  (TP ${a.counts.tp}, FP ${a.counts.fp}, FN ${a.counts.fn})`);
      for (const m of a.misses) lines.push(`  miss  ${m.type} @ ${m.place ?? '?'} (${m.date ?? 'no date'})`);
      for (const p of a.falsePositives) {
        const where = 'placeName' in p ? (p as { placeName: string | null }).placeName : p.admin1;
        lines.push(`  FP    ${p.type} @ ${where ?? p.country ?? '?'} (${p.date ?? 'no date'})`);
      }
      for (const d of a.wrongDates) lines.push(`  date  ${d.type}: gold ${d.gold}, predicted ${d.predicted ?? 'null'}`);
    }
  }
  return lines.join('\n');
}
