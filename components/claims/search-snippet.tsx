// A search snippet with its matched words marked. The text arrives as text plus ranges
// (lib/domain/marked-snippet), so React escapes every character and no HTML from the database is trusted.
import { snippetRuns, type Snippet } from "@/lib/domain/marked-snippet";

export function SearchSnippet({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippetRuns(snippet).map((run, index) => (run.highlighted ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}
