// Runs once when the server starts, before any request (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { forgetImmediateStores } = await import('./lib/startup/forget-immediate-stores');
  forgetImmediateStores();
}
