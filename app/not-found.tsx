import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page-narrow">
      <div className="card">
        <h1>Page not found</h1>
        <p className="lede">There is nothing at this address, or you do not have access to it.</p>
        <p>
          <Link href="/">Back to the articles</Link>
        </p>
      </div>
    </main>
  );
}
