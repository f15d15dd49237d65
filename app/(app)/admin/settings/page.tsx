import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeskSettingsForm } from "@/components/admin/desk-settings-form";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { getDeskSettings } from "@/lib/db/desk-settings";

export const metadata: Metadata = { title: "Desk settings" };

export default async function DeskSettingsPage() {
  const user = await requirePageUser();
  // Non-admins get the not-found page: the admin area does not announce itself.
  if (!can(user, "settings:manage")) notFound();
  const settings = await getDeskSettings(user);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Desk settings</h1>
          <p className="lede">Who publishes your fact checks. The name signs every exported report and is the author of each schema.org ClaimReview that aggregators read.</p>
        </div>
      </div>
      <DeskSettingsForm settings={settings} />
    </main>
  );
}
