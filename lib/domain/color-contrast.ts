// WCAG 2 contrast between two colours. Actor colours carry white labels and tint the highlight
// behind dark text, so a colour is accepted only if white text on it stays readable.

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG AA for normal text. */
export const MIN_LABEL_CONTRAST = 4.5;

export function isReadableActorColor(hex: string): boolean {
  return contrastRatio(hex, "#ffffff") >= MIN_LABEL_CONTRAST;
}
