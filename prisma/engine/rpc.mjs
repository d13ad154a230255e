// JSON-RPC 2.0 over stdio, one JSON object per line, as the Prisma CLI speaks it to the native engine.
// Requests are handled one at a time, in order. The engine may itself send a `print` request to the
// CLI (diff output); the CLI answers it on stdin.
import readline from 'node:readline';
import { toRpcError } from './errors.mjs';
import { logLine } from './log.mjs';

/**
 * @param {(client: {print: (content: string) => Promise<void>}) => {handle: Function, close: Function}} makeHandler
 */
export function serveJsonRpc(makeHandler) {
  let nextOutgoingId = 1;
  const pending = new Map();
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  const client = {
    print: (content) =>
      new Promise((resolve) => {
        const id = nextOutgoingId++;
        pending.set(id, resolve);
        send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
      }),
  };
  const handler = makeHandler(client);

  // Some failures inside the WASM engine (e.g. params it cannot deserialize) are thrown from a queued
  // microtask: they never reject the call's promise and would kill the process. Route them to the
  // request in flight instead.
  let failCurrent;
  const onStrayError = (error) => {
    if (failCurrent) return failCurrent(Object.assign(error ?? new Error('Unknown error'), { stray: true }));
    logLine('ERROR', { message: `Unexpected error in the schema engine: ${error?.stack ?? error}` });
    process.exit(101);
  };
  process.on('uncaughtException', onStrayError);
  process.on('unhandledRejection', onStrayError);

  let queue = Promise.resolve();
  let closing = false;
  const shutdown = async (code = 0) => {
    if (closing) return;
    closing = true;
    await Promise.race([handler.close(), new Promise((r) => setTimeout(r, 3000).unref())]);
    // stdout is asynchronous when it is a pipe: let pending responses out before exiting.
    await new Promise((r) => process.stdout.write('', () => r()));
    process.exit(code);
  };

  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (typeof message.method !== 'string') {
      // A response to one of our own requests (print).
      pending.get(message.id)?.();
      pending.delete(message.id);
      return;
    }
    const { id, method, params } = message;
    queue = queue.then(async () => {
      try {
        const result = await new Promise((resolve, reject) => {
          failCurrent = reject;
          handler.handle(method, params).then(resolve, reject);
        });
        if (id !== undefined) send({ jsonrpc: '2.0', id, result: result === undefined ? {} : result });
      } catch (error) {
        if (id !== undefined) send({ jsonrpc: '2.0', id, error: toRpcError(error) });
        if (error?.stray) await handler.discardEngine();
      } finally {
        failCurrent = undefined;
      }
    });
  });
  // The CLI ends stdin (and sends SIGTERM right after) when it is done with the engine.
  input.on('close', () => queue.finally(() => shutdown(0)));
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(130));
  process.stdout.on('error', () => shutdown(0)); // EPIPE: the CLI went away
}
