import 'server-only';
import { headers } from 'next/headers';
import { claimPageRead, READ_TICKET_HEADER } from '@/lib/http/page-admission';
import { readGate } from '@/lib/http/read-gate';

/**
 * Runs a page's data load inside the read slot proxy.ts admitted it to (see lib/http/page-admission.ts).
 * Without a ticket (a render proxy.ts did not gate) it queues at the gate itself; refused, it throws the
 * gate's OverloadedError.
 */
export async function runAdmittedRead<T>(work: () => Promise<T>): Promise<T> {
  const release = claimPageRead((await headers()).get(READ_TICKET_HEADER));
  if (!release) return readGate.run(work);
  try {
    return await work();
  } finally {
    release();
  }
}
