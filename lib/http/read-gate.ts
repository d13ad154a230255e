import 'server-only';
import { OverloadedError, isOverloadedError } from './admission-gate';

export { readGate } from './read-gate-instance';

/** The API's answer when the gate refuses: 503 with Retry-After, never a long stall. */
export function serviceUnavailable(error: OverloadedError): Response {
  return Response.json(
    { error: error.message },
    { status: 503, headers: { 'retry-after': String(error.retryAfterSeconds), 'cache-control': 'no-store' } },
  );
}

export { OverloadedError, isOverloadedError };
