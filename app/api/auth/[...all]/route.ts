import { handleAuthGet, handleAuthPost } from '@/lib/auth/handle-auth-request';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleAuthGet(request);
export const POST = (request: Request) => handleAuthPost(request);
