"use client";
// The browser's react-query cache, shared by every page (see lib/queries/get-query-client.ts).
import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: a render that suspends before committing would throw the client away.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
