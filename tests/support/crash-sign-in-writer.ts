// Child process of tests/integration/crash-review.sqlite.test.ts: signs in through the app's own sign-in
// handler in an endless loop on DATABASE_URL, a right password (better-auth writes a session) and a wrong
// one (our limiter writes a failure row) in turn, printing `ok <n>` / `refused <n>` after each answer,
// until the test kills it with SIGKILL. Run with `node --conditions=react-server --import tsx`.
import { handleAuthPost } from '@/lib/auth/handle-auth-request';

const BASE = 'http://localhost:3000';
const [email, password] = [process.env.CRASH_EMAIL!, process.env.CRASH_PASSWORD!];

function signInRequest(body: { email: string; password: string }, address: string): Request {
  return new Request(`${BASE}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, host: 'localhost:3000', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  });
}

async function main() {
  let ok = 0;
  let refused = 0;
  for (let n = 1; ; n += 1) {
    const good = await handleAuthPost(signInRequest({ email, password }, `10.0.${n % 250}.1`));
    if (good.status !== 200) throw new Error(`sign-in answered ${good.status}`);
    process.stdout.write(`ok ${(ok += 1)}\n`);
    // A different unknown account and address each time, so the limiter never blocks the loop.
    const bad = await handleAuthPost(signInRequest({ email: `nobody-${n}@example.org`, password: 'wrong password!' }, `10.1.${n % 250}.${n % 200}`));
    if (bad.status !== 401) throw new Error(`wrong password answered ${bad.status}`);
    process.stdout.write(`refused ${(refused += 1)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
