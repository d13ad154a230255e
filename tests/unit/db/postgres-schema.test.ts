// The drift check: the PostgreSQL schema and migrations must be exactly what `npm run db:pg:sync` makes of
// the SQLite ones. (That the PostgreSQL migrations, applied, give that schema is checked on a real server
// in tests/integration/migrate.postgres.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findMissingPostgresMigrations,
  generatePostgresSchema,
  listMigrationNames,
  POSTGRES_MIGRATIONS_PATH,
  POSTGRES_SCHEMA_PATH,
  SQLITE_MIGRATIONS_PATH,
  SQLITE_SCHEMA_PATH,
} from '@/lib/db/postgres-schema';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const migrations = (dir: string) => listMigrationNames(readdirSync(path.join(root, dir), { withFileTypes: true }));

const SAMPLE = `generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

datasource db {
  provider = "sqlite"
}

model Thing {
  id Int @id
  // postgresql: @@index([id], type: Hash)
}
`;

describe('the generated PostgreSQL schema', () => {
  it('is what the generator makes of prisma/schema.prisma (else run `npm run db:pg:sync`)', () => {
    expect(read(POSTGRES_SCHEMA_PATH), 'prisma/postgresql/schema.prisma is stale: run `npm run db:pg:sync`').toBe(
      generatePostgresSchema(read(SQLITE_SCHEMA_PATH)),
    );
  });

  it('has a PostgreSQL migration for every SQLite migration, and no other (else run `npm run db:pg:sync`)', () => {
    const sqlite = migrations(SQLITE_MIGRATIONS_PATH);
    const postgres = migrations(POSTGRES_MIGRATIONS_PATH);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres, 'PostgreSQL migrations lag behind: run `npm run db:pg:sync`').toEqual(sqlite);
  });

  it('switches the provider and the client folder, and keeps the models', () => {
    const out = generatePostgresSchema(SAMPLE);
    expect(out).toMatch(/provider = "postgresql"/);
    expect(out).not.toMatch(/"sqlite"/);
    expect(out).toMatch(/output\s+= "\.\.\/\.\.\/generated\/prisma-pg"/);
    expect(out).toContain('model Thing {\n  id Int @id\n  @@index([id], type: Hash)\n}');
    expect(out.startsWith('// GENERATED')).toBe(true);
  });

  it('refuses a schema it cannot map', () => {
    expect(() => generatePostgresSchema(SAMPLE.replace('"sqlite"', '"mysql"'))).toThrow(/sqlite datasource/);
    expect(() => generatePostgresSchema(SAMPLE.replace('../generated/prisma', '../elsewhere'))).toThrow(/client output/);
  });

  it('finds SQLite migrations without a PostgreSQL twin', () => {
    expect(findMissingPostgresMigrations(['20260101000000_a', '20260102000000_b'], ['20260101000000_a'])).toEqual([
      '20260102000000_b',
    ]);
    expect(findMissingPostgresMigrations(['20260101000000_a'], ['20260101000000_a'])).toEqual([]);
  });
});
