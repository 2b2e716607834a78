import type { NextConfig } from "next";
import path from "node:path";
import { NEXT_DIST_DIR } from "./lib/dev-env";

const root = path.resolve(__dirname);

const nextConfig: NextConfig = {
  // A package-lock.json in a parent folder would make Next guess the wrong root.
  turbopack: { root },
  outputFileTracingRoot: root,
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    // With a proxy (proxy.ts) Next buffers request bodies for it and silently cuts a longer body
    // at the last whole chunk under this size. Bodies are refused above 64 KiB (lib/http/json-body.ts):
    // with 1 MiB here a cut body is still far over 64 KiB, so it is refused 413, never half-read.
    proxyClientMaxBodySize: 1024 * 1024,
  },
  // A second build directory (NEXT_DIST_DIR) lets two checkouts' worth of work (or two
  // engineers) build and test side by side without overwriting each other's server.
  distDir: NEXT_DIST_DIR,
};

export default nextConfig;
