// Checks the id before the page's loading skeleton streams: an id that is malformed, over-long
// or unknown is a real 404 (once streaming has begun, the status is already 200).
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { savedReviewExists } from "@/lib/store";
import { getDb } from "@/lib/store/server";

export default async function SavedReviewLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  if (!/^[1-9]\d{0,15}$/.test(raw) || !savedReviewExists(getDb(), Number(raw))) notFound();
  return children;
}
