// The status bar with its data read on the server, so it renders complete on first paint.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { connection } from "next/server";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { prefetchSyncStatus } from "@/app/_server/prefetch";
import { SyncStatusBar } from "./sync-status-bar";

export async function SyncStatusSection() {
  // Request time only: the store must never be opened while `next build` prerenders.
  await connection();
  const queryClient = getQueryClient();
  await prefetchSyncStatus(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SyncStatusBar />
    </HydrationBoundary>
  );
}
