// The colour input of the actor edit form, with a live preview of the highlight and its label and
// a sentence about the label's contrast. The server refuses colours that fail the same rule, so
// that sentence is also the field's error message.
import { actorShortLabel } from "@/lib/domain/default-actors";
import { contrastRatio, isReadableActorColor, MIN_LABEL_CONTRAST } from "@/lib/domain/color-contrast";

type Props = { id: string; actorName: string; color: string; onChange: (color: string) => void };

/** Rounded down, so a ratio just under the minimum never reads as the minimum. */
const formatRatio = (ratio: number) => (Math.floor(ratio * 10) / 10).toFixed(1);

export function contrastMessage(color: string): { readable: boolean; message: string } {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return { readable: false, message: "A colour is #RRGGBB." };
  const ratio = formatRatio(contrastRatio(color, "#ffffff"));
  return isReadableActorColor(color)
    ? { readable: true, message: `White labels on this colour have ${ratio}:1 contrast (at least ${MIN_LABEL_CONTRAST}:1 is needed): readable.` }
    : { readable: false, message: `Too light: white labels on this colour have only ${ratio}:1 contrast (at least ${MIN_LABEL_CONTRAST}:1 is needed). Choose a darker colour.` };
}

export function ActorColorField({ id, actorName, color, onChange }: Props) {
  const { readable, message } = contrastMessage(color);
  return (
    <div className="field">
      <label htmlFor={id}>Colour</label>
      <div className="color-field">
        <input id={id} type="color" value={color} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-contrast`} aria-invalid={readable ? undefined : true} />
        {/* A picture of the result, described in words by the sentence below it. */}
        <span className="color-preview" aria-hidden="true">
          <span className="color-preview-highlight" style={{ backgroundColor: `${color}26`, borderBottom: `3px solid ${color}` }}>
            claimed words
          </span>
          <span className="claim-label" style={{ backgroundColor: color }}>
            {actorShortLabel(actorName || "?")}
          </span>
        </span>
      </div>
      <span id={`${id}-contrast`} className={readable ? "field-hint" : "field-error"}>
        {message}
      </span>
    </div>
  );
}
