// Escaping for the HTML and SVG exports: every user-typed text goes through escapeHtml (element
// content) or escapeAttribute (a quoted attribute value), and a colour reaches a style attribute
// only as a plain #RRGGBB, so a stored value can never open markup, an attribute or a CSS rule.

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as element content. Quotes are escaped too, so the result is also safe inside attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => TEXT_ENTITIES[char]);
}

/**
 * Text as a double- or single-quoted attribute value. Line breaks become character references
 * so that a value keeps them exactly (title tooltips, data attributes) instead of being normalised.
 */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A colour for a style or presentation attribute: #RRGGBB as stored, anything else the fallback. */
export function cssHexColor(value: string | null | undefined, fallback = "#64748b"): string {
  return value && HEX_COLOR.test(value) ? value.toLowerCase() : fallback;
}

/** The same colour at low opacity (#RRGGBBAA), for highlight backgrounds behind dark text. */
export function tintHexColor(value: string | null | undefined, alpha = 0.16): string {
  const byte = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return `${cssHexColor(value)}${byte.toString(16).padStart(2, "0")}`;
}
