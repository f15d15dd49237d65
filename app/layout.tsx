import type { Metadata } from "next";
import "./globals.css";

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
