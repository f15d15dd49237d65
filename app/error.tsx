"use client";
// Shown when a page fails to render: a plain sentence and a retry, never a stack trace.

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="page-narrow">
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p className="lede">The page could not be shown. If the database was restarting, trying again usually works.</p>
        <p>
          <button className="button" onClick={() => reset()}>
            Try again
          </button>
        </p>
      </div>
    </main>
  );
}
