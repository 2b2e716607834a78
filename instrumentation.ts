// Runs once when the Next server starts: refuses a bad RADAR_PUBLIC_URL, answers methods Next
// cannot (TRACE) with a 405, publishes the store's generation for the page cache of "/", and
// arms the daily refresh (unless RADAR_SCHEDULE=off) and warms the query-preview cache.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configuredPublicOrigin } = await import("./lib/http/public-url");
  configuredPublicOrigin();
  const { installUnsupportedMethodGuard } = await import("./lib/security/http-methods");
  installUnsupportedMethodGuard();
  // The page cache of "/" (in proxy.ts) keys on the store's data generation.
  const [{ publishStoreGeneration }, { storeGeneration }, { getDb }] = await Promise.all([
    import("./lib/http/overview-page"),
    import("./lib/store/generation"),
    import("./lib/store/server"),
  ]);
  publishStoreGeneration(() => storeGeneration(getDb()));
  const { startRefreshSchedule, warmPreviews } = await import("./lib/sync/service");
  startRefreshSchedule();
  warmPreviews();
}
