// The team's marks and notes on papers (POST /api/marks, POST /api/notes): shared by everyone
// on the server, so the answer is the paper's whole state after the write.
import type { PaperMarkKind } from "../store/mark-kinds";
import type { PaperState } from "../reviews/paper-state";
import { fetchJson } from "./fetch-json";
import { writeHeaders } from "./write-token";

export type { PaperState } from "../reviews/paper-state";

export interface MarkRequest {
  paperId: string;
  /** null clears the mark. */
  mark: PaperMarkKind | null;
  reviewer: string;
}

export interface NoteRequest {
  paperId: string;
  reviewer: string;
  /** An empty text deletes the reviewer's note. */
  text: string;
}

function post<T>(path: string, body: unknown): Promise<T> {
  return fetchJson<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...writeHeaders() },
    body: JSON.stringify(body),
  });
}

export function markPaper(request: MarkRequest): Promise<PaperState> {
  return post<PaperState>("/api/marks", request);
}

export function writePaperNote(request: NoteRequest): Promise<PaperState> {
  return post<PaperState>("/api/notes", request);
}
