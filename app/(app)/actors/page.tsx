import type { Metadata } from "next";
import { CreateActorForm } from "@/components/actors/create-actor-form";
import { requirePageUser } from "@/lib/auth/session";
import { listActorsWithCounts } from "@/lib/db/actors";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage() {
  const user = await requirePageUser();
  const actors = await listActorsWithCounts(user);
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Actors</h1>
          <p className="lede">Who claims are attributed to. Each has a colour and a short label, so highlights never rely on colour alone.</p>
        </div>
      </div>
      <h2>Add an actor</h2>
      <CreateActorForm actors={actors} />
      <h2>All actors ({actors.length})</h2>
      <Table columns={["Actor", "Aliases", "Speaks for", { label: "Claims", numeric: true }]}>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <td>
                <span className="claim-label" style={{ backgroundColor: actor.color }}>
                  {actorShortLabel(actor.name)}
                </span>{" "}
                <strong>{actor.name}</strong>
              </td>
              <td className="muted">{actor.aliases.join(", ") || "—"}</td>
              <td>{actor.parentId ? names.get(actor.parentId) : <span className="muted">—</span>}</td>
              <td className="num">{actor.claimCount}</td>
            </tr>
          ))}
      </Table>
    </main>
  );
}
