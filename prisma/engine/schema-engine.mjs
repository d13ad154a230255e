#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which these machines cannot download.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the Prisma CLI then runs it exactly like the
// native engine:
//   schema-engine.mjs --version
//   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database | create-database
//   schema-engine.mjs --datamodels <schema file> … --datasource '{"url":…,"shadowDatabaseUrl":…}'
//     (then JSON-RPC over stdio)
// The work is done by @prisma/schema-engine-wasm through driver adapters (better-sqlite3, pg).
// See prisma/engine/README.md for the workarounds and how to test them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EngineError } from './errors.mjs';
import { logLine } from './log.mjs';
import { createMethods } from './methods.mjs';
import * as postgres from './postgres.mjs';
import { serveJsonRpc } from './rpc.mjs';
import * as sqlite from './sqlite.mjs';
import { urlKind } from './url.mjs';
import { engineHash } from './wasm.mjs';

function parseArgs(argv) {
  const options = { datamodels: [], datasource: {}, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`Missing value for ${arg}`);
      return argv[++i];
    };
    if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === '--datamodels' || arg === '-d' || arg === '--datamodel') options.datamodels.push(value());
    else if (arg === '--datasource') options.datasource = JSON.parse(value());
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') value(); // not used by the WASM engine
    else if (arg === 'cli') {
      options.cli = argv[i + 1];
      break;
    } else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

/** `cli <command>`: the exit code is the answer; errors go to stderr as an ERROR log line. */
async function runCliCommand(command, datasource) {
  // The CLI drops the first stderr line of these subcommands.
  logLine('INFO', { message: `Starting schema engine CLI (${command})` });
  try {
    const url = datasource.url;
    if (!url) throw new EngineError(undefined, 'No datasource URL given (--datasource \'{"url": …}\').');
    const db = urlKind(url) === 'sqlite' ? sqlite : postgres;
    if (command === 'can-connect-to-database') await db.canConnect(url);
    else if (command === 'create-database') await db.createDatabase(url);
    else throw new EngineError(undefined, `Unknown cli command: ${command}`);
    return 0;
  } catch (error) {
    logLine('ERROR', { ...(error.code && /^P\d{4}$/.test(error.code) ? { error_code: error.code } : {}), message: error.message });
    return 1;
  }
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    logLine('ERROR', { message: error.message });
    return 1;
  }
  if (options.version) {
    process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
    return 0;
  }
  if (options.cli !== undefined) return runCliCommand(options.cli, options.datasource);

  const datamodels = options.datamodels.map((file) => [path.resolve(file), readFileSync(file, 'utf8')]);
  serveJsonRpc((client) => createMethods({ datamodels, datasource: options.datasource }, client));
  return undefined; // keeps running until stdin closes
}

const code = await main();
if (code !== undefined) process.exitCode = code;
