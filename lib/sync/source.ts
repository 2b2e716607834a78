// The arXiv client a sync uses: the process-wide queue, paced together with every other
// process on the same store through the store's pacing record.
import type { Db } from "../store/db";
import { storeStartGate } from "../store/pacing";
import { createArxivClient, type ArxivClient, type ArxivRequestEvent } from "../arxiv/client";
import type { ArxivConfig } from "../arxiv/config";
import { getArxivRequestQueue } from "../arxiv/queue";

export function createSyncSource(db: Db, config: ArxivConfig, onRequest?: (e: ArxivRequestEvent) => void): ArxivClient {
  const queue = getArxivRequestQueue(config);
  queue.setGate(storeStartGate(db, config.apiUrl));
  return createArxivClient({ config, queue, onRequest });
}
