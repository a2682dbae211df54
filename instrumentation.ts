/** Runs when the console server starts (Node.js runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startConsole } = await import('./lib/startup');
  startConsole();
}
