import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RatingsTable } from "@/components/admin/ratings-table";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listRatings } from "@/lib/db/ratings";

export const metadata: Metadata = { title: "Ratings" };

export default async function RatingsPage() {
  const user = await requirePageUser();
  // Non-admins get the not-found page: the admin area does not announce itself.
  if (!can(user, "rating:manage")) notFound();
  const ratings = await listRatings(user);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Ratings</h1>
          <p className="lede">
            The desk’s rating scale, in the order the verdict form offers it. Rename a rating or sharpen its definition here; a rating can be deleted only while no verdict uses it.
          </p>
        </div>
      </div>
      <RatingsTable ratings={ratings} />
    </main>
  );
}
