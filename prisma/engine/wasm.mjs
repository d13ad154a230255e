// Loads @prisma/schema-engine-wasm: the Rust schema engine compiled to WebAssembly, the same build the
// 7.10.0 CLI ships (its schema_engine_bg.wasm is byte-identical). It does no I/O of its own: every SQL
// statement goes through the driver-adapter factory passed to `SchemaEngine.new`.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function packageDir() {
  // The package's `exports` hide package.json and the .wasm file; its main entry sits next to both.
  return path.dirname(require.resolve('@prisma/schema-engine-wasm'));
}

/** The engine's git hash (the suffix of the package version), without instantiating the module. */
export function engineHash() {
  const { version } = JSON.parse(readFileSync(path.join(packageDir(), 'package.json'), 'utf8'));
  return String(version).split('.').pop();
}

/**
 * @param {number} [generation] a new number gives a fresh glue module and WASM instance (the glue keeps
 *   module-level state, so an instance left inconsistent by a failure cannot be re-initialised in place)
 * @returns {Promise<typeof import('@prisma/schema-engine-wasm')>} the wasm-bindgen glue, bound to an instance
 */
export async function loadSchemaEngineWasm(generation = 0) {
  const dir = packageDir();
  const glueUrl = pathToFileURL(path.join(dir, 'schema_engine_bg.js'));
  if (generation > 0) glueUrl.search = `?generation=${generation}`;
  const glue = await import(glueUrl.href);
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
