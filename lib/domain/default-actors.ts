// The actors a new installation starts with. Actors are data: desks add their own in the app.
// Colours are dark enough for white text and distinct for the common forms of colour blindness
// (blue / orange / purple rather than red / green), and each actor also has a short label.

export type ActorSeed = { name: string; slug: string; color: string; aliases: string[]; description: string };

export const DEFAULT_ACTORS: ActorSeed[] = [
  {
    name: "Russia",
    slug: "russia",
    color: "#1f5fa8",
    aliases: ["Moscow", "Kremlin", "Russian Defense Ministry", "Russian Defence Ministry", "Russian Foreign Ministry", "Russian peacekeepers", "Russian diplomacy"],
    description: "The Russian Federation: the government, its ministries and the peacekeeping command.",
  },
  {
    name: "Azerbaijan",
    slug: "azerbaijan",
    color: "#b45309",
    aliases: ["Baku", "Azerbaijani Defense Ministry", "Azerbaijani Defence Ministry", "Azerbaijani Foreign Ministry", "Azerbaijani diplomacy", "Aliyev"],
    description: "The Republic of Azerbaijan: the government, its ministries and its armed forces.",
  },
  {
    name: "Armenia",
    slug: "armenia",
    color: "#7e22ce",
    aliases: ["Yerevan", "Armenian Foreign Ministry", "Armenian Defense Ministry", "Armenian Defence Ministry", "Pashinian", "Pashinyan"],
    description: "The Republic of Armenia: the government, its ministries and its armed forces.",
  },
];

/** Short label shown on every highlight, so colour is never the only cue. */
export function actorShortLabel(name: string): string {
  return name.slice(0, 3).toUpperCase();
}
