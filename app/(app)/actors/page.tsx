import type { Metadata } from "next";
import Link from "next/link";
import { ActorTable } from "@/components/actors/actor-table";
import { CreateActorForm } from "@/components/actors/create-actor-form";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listActorsWithCounts } from "@/lib/db/actors";

export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage() {
  const user = await requirePageUser();
  const actors = await listActorsWithCounts(user);
  const canMerge = can(user, "actor:merge");
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Actors</h1>
          <p className="lede">
            Who claims are attributed to. Each has a colour and a short label, so highlights never rely on colour alone.
            {canMerge ? " Edit an actor in its row, or merge a duplicate into the actor it really is." : " Edit an actor in its row; reviewers and admins can also merge duplicates."}
            {" "}Open an actor for its claims across articles and its verdicts.
          </p>
        </div>
        <Link className="button button-secondary" href="/balance">
          Balance: whose claims are checked
        </Link>
      </div>
      <h2>Add an actor</h2>
      <CreateActorForm actors={actors} />
      <h2>All actors ({actors.length})</h2>
      <ActorTable actors={actors} canMerge={canMerge} />
    </main>
  );
}
