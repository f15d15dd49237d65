import type { Metadata } from "next";
import "./globals.css";

// Every page renders per request: Next puts the request's CSP nonce (proxy.ts) on its scripts only
// while rendering, so a page prerendered at build time (the not-found page) would carry none and its
// scripts would be refused.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Counterclaim", template: "%s · Counterclaim" },
  description: "Make the claims and counter-claims in conflict reporting explicit.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
