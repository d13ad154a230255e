// Kills the review writes (add, paste, approve, reject, edit, merge, undo) and a sign-in with SIGKILL in the
// middle of their work, several times, then checks what a crash could break: the file's integrity, the
// foreign keys, that the audit trail says exactly what the incidents hold (change and record commit together
// or not at all), that merges and their undo rows agree, that the chart aggregates equal a direct count, and
// that sign-in left whole sessions and failure records only.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createAccount } from '@/lib/auth/create-account';
import { createPrismaClient } from '@/lib/db/create-client';
import { rebuildAggregates } from '@/lib/incidents/aggregates';
import { auditValue } from '@/lib/review/audit';
import { createFreshDatabase } from '../support/fresh-database';
import { readSqliteIntegrity } from '../support/sqlite-integrity';

const ROOT = path.resolve(__dirname, '../..');
const AUDITED = ['status', 'type', 'summary', 'date', 'datePrecision', 'placeName'] as const;

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;

beforeAll(() => {
  db = createFreshDatabase('crash-review');
  prisma = createPrismaClient(db.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
});

/**
 * Starts `script` on the test database and SIGKILLs it right after its `lines`-th progress line plus a few
 * milliseconds, i.e. while its next write is under way. Resolves with the last count it printed per word.
 */
async function runAndKill(script: string, lines: number, env: Record<string, string> = {}): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: db.url, BETTER_AUTH_SECRET: 'crash-test-secret-of-enough-length-0123456789' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const counts: Record<string, number> = {};
  let seen = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    const [word, n] = line.split(' ');
    counts[word] = Number(n);
    if ((seen += 1) === lines) {
      setTimeout(() => child.kill('SIGKILL'), (lines * 7) % 20);
      break;
    }
  }
  const signal = await exited;
  expect(signal, `the writer died on its own: ${errors}`).toBe('SIGKILL');
  return counts;
}

async function checkIntegrity() {
  expect(readSqliteIntegrity(db.url)).toEqual([{ integrity_check: 'ok' }]);
  // The FTS5 search index agrees with the incidents (throws when not): the kills never left it half-updated.
  await prisma.$executeRawUnsafe(`INSERT INTO "IncidentSearch"("IncidentSearch", rank) VALUES ('integrity-check', 1)`);
  expect(await prisma.$queryRawUnsafe('PRAGMA foreign_key_check')).toEqual([]);
}

/** The last audit row per incident and field says what the incident holds now; every incident has one for its status. */
async function checkAuditMatchesIncidents() {
  const incidents = await prisma.incident.findMany({ select: { id: true, status: true, type: true, summary: true, date: true, datePrecision: true, placeName: true } });
  const rows = await prisma.auditLog.findMany({ where: { field: { in: [...AUDITED] } }, orderBy: { id: 'asc' }, select: { incidentId: true, field: true, after: true } });
  const latest = new Map(rows.map((r) => [`${r.incidentId}.${r.field}`, r.after]));
  expect(incidents.length).toBeGreaterThan(0);
  for (const incident of incidents) {
    expect(latest.has(`${incident.id}.status`), `incident ${incident.id} has no status in the audit trail`).toBe(true);
    for (const field of AUDITED) {
      const key = `${incident.id}.${field}`;
      if (latest.has(key)) expect(latest.get(key), key).toBe(auditValue(incident[field]));
    }
  }
}

/** A merged incident has exactly one merge not undone, into the incident it points to, and no other incident has one. */
async function checkMerges() {
  const open = await prisma.incidentMerge.findMany({ where: { undoneAt: null }, select: { keptId: true, droppedId: true } });
  const merged = await prisma.incident.findMany({ where: { status: 'merged' }, select: { id: true, mergedIntoId: true } });
  expect(merged.map((m) => `${m.id}>${m.mergedIntoId}`).sort()).toEqual(open.map((m) => `${m.droppedId}>${m.keptId}`).sort());
}

/** The stored chart aggregates are what a rebuild from a direct COUNT over the incidents gives. */
async function checkAggregates() {
  const read = async () => ({
    month: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentMonthCount" ORDER BY 1,2,3,4,5'),
    monthType: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentMonthTypeCount" ORDER BY 1,2,3,4'),
    province: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentProvinceCount" ORDER BY 1,2'),
    week: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentWeekCount" ORDER BY 1,2,3,4,5'),
    place: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentPlaceCount" ORDER BY 1,2,3,4,5,6,7,8'),
    point: await prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "IncidentPointCount" ORDER BY 1,2,3,4,5,6'),
  });
  const stored = await read();
  const visible = await prisma.incident.count({ where: { status: { in: ['auto', 'reviewed'] } } });
  const sum = await prisma.incidentMonthCount.aggregate({ _sum: { n: true } });
  expect(sum._sum.n ?? 0).toBe(visible);
  await rebuildAggregates(prisma);
  expect(await read()).toEqual(stored);
}

describe('review writes and sign-in killed with SIGKILL mid-write', () => {
  it('leave the audit trail, merges and aggregates consistent with the incidents, every time', async () => {
    for (const [i, lines] of [23, 41].entries()) {
      const counts = await runAndKill('tests/support/crash-review-writer.ts', lines, { CRASH_ROUND_START: String(1 + i * 1000) });
      expect(counts.done).toBe(lines);
      await checkIntegrity();
      await checkAuditMatchesIncidents();
      await checkMerges();
      await checkAggregates();
    }
    // The writers did get through every kind of write before the kills.
    expect(await prisma.auditLog.groupBy({ by: ['action'], _count: true }).then((g) => g.map((r) => r.action).sort())).toEqual(
      expect.arrayContaining(['add', 'approve', 'edit', 'ingest', 'merge', 'reject', 'unmerge']),
    );
  }, 300_000);

  it('leaves whole sessions and failure records after a sign-in', async () => {
    const email = 'crash-sign-in@example.org';
    const password = 'a long enough password 1';
    const { id } = await createAccount(prisma, { email, password, role: 'editor' });
    for (const lines of [9]) {
      const counts = await runAndKill('tests/support/crash-sign-in-writer.ts', lines, { CRASH_EMAIL: email, CRASH_PASSWORD: password });
      await checkIntegrity();
      const sessions = await prisma.session.findMany({ select: { userId: true, token: true, expiresAt: true } });
      // Each answered sign-in left its session; the one killed mid-way left one whole session or none.
      expect(sessions.length).toBeGreaterThanOrEqual(counts.ok);
      expect(sessions.length).toBeLessThanOrEqual(counts.ok + 1);
      for (const s of sessions) {
        expect(s.userId).toBe(id);
        expect(s.token.length).toBeGreaterThan(16);
        expect(s.expiresAt.getTime()).toBeGreaterThan(Date.now());
      }
      // A refused sign-in writes its account row and its address row together, or neither.
      const failures = await prisma.signInFailure.findMany({ select: { key: true } });
      const byAccount = failures.filter((f) => f.key.startsWith('email:')).length;
      expect(failures.length - byAccount).toBe(byAccount);
      expect(byAccount).toBeGreaterThanOrEqual(counts.refused ?? 0);
      await prisma.session.deleteMany();
      await prisma.signInFailure.deleteMany();
    }
  }, 300_000);
});
