"use client";
// Last resort when the root layout itself fails: no app styles are available here.

export default function GlobalError({ reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <div role="alert">
          <h1>Roadmap Radar could not start this page</h1>
          <p>Check that the server can open its data store, then try again.</p>
          <button type="button" onClick={() => (retry ?? reset)()}>
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
