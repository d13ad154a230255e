// Gives the e2e suite a fresh database: removes the previous run's SQLite file.
import { rmSync } from 'node:fs';

rmSync('tests/.tmp', { recursive: true, force: true });
