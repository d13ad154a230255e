// Wraps better-auth's handler: cross-site POSTs refused, failed email sign-ins rate-limited per account and
// per address, `Secure` added to cookies when the request came over https.
import 'server-only';
import { auth } from './auth';
import { isCrossSiteRequest, isHttpsRequest } from './same-origin';
import { checkSignInLimit, clearAccountFailures, clientAddress, recordSignInFailure } from './sign-in-limits';

const SIGN_IN_PATH = '/api/auth/sign-in/email';

function json(status: number, error: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error, message }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

function secureCookies(response: Response, request: Request): Response {
  if (!isHttpsRequest(request)) return response;
  const cookies = response.headers.getSetCookie();
  if (!cookies.length) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', /;\s*secure/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function readEmail(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.clone().json();
    const email = body && typeof body === 'object' ? (body as { email?: unknown }).email : null;
    return typeof email === 'string' && email.length <= 320 ? email : null;
  } catch {
    return null;
  }
}

async function signIn(request: Request): Promise<Response> {
  const email = await readEmail(request);
  if (!email) return json(400, 'bad_request', 'Give an email and a password.');
  const address = clientAddress(request.headers);
  const limit = await checkSignInLimit(email, address);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    const who = limit.reason === 'account' ? 'this account' : 'your address';
    return json(429, 'too_many_attempts', `Too many failed sign-ins for ${who}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
      'retry-after': String(limit.retryAfterSeconds),
    });
  }
  const response = await auth.handler(request);
  if (!response.ok) {
    await recordSignInFailure(email, address);
    return json(401, 'invalid_credentials', 'Wrong email or password, or the account is disabled.');
  }
  if (response.ok) await clearAccountFailures(email);
  return response;
}

export async function handleAuthPost(request: Request): Promise<Response> {
  if (isCrossSiteRequest(request)) return json(403, 'cross_site', 'Cross-site requests are refused.');
  const path = new URL(request.url).pathname;
  const response = path === SIGN_IN_PATH ? await signIn(request) : await auth.handler(request);
  return secureCookies(response, request);
}

export async function handleAuthGet(request: Request): Promise<Response> {
  return secureCookies(await auth.handler(request), request);
}
