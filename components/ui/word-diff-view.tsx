// A word diff (lib/domain/word-diff.ts) as marked-up text: removed words struck through, added
// words underlined, each also named in words for screen readers, so colour is never the only cue.
import type { WordDiffPart } from "@/lib/domain/word-diff";

export function WordDiffView({ parts, label }: { parts: WordDiffPart[]; label: string }) {
  return (
    <p className="word-diff" aria-label={label} role="group">
      {parts.map((part, index) => {
        const space = index > 0 ? " " : "";
        if (part.kind === "same") return <span key={index}>{space + part.text}</span>;
        const Tag = part.kind === "added" ? "ins" : "del";
        return (
          <span key={index}>
            {space}
            <Tag>
              <span className="visually-hidden">[{part.kind}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </Tag>
          </span>
        );
      })}
    </p>
  );
}
