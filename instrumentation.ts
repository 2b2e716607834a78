// Runs once when the Next server starts: arms the daily refresh (unless RADAR_SCHEDULE=off)
// and warms the query-preview cache in the background.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRefreshSchedule, warmPreviews } = await import("./lib/sync/service");
  startRefreshSchedule();
  warmPreviews();
}
