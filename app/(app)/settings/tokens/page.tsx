import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { formatDateTime } from "@/components/ui/format-date";
import { requirePageUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/db/api-tokens";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageUser();
  const tokens = await listApiTokens(user);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>API tokens</h1>
          <p className="lede">Personal tokens let scripts use the JSON API as you, with your role. Revoke a token as soon as it is no longer needed.</p>
        </div>
      </div>
      <CreateTokenForm />
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <div className="empty-state">
          <p>You have no tokens. Create one above when a script needs to read or write through the API.</p>
        </div>
      ) : (
        <Table columns={["Name", "Starts with", "Created", "Last used", { label: "Actions", hiddenLabel: true }]}>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">never</span>}</td>
                <td>{token.revokedAt ? <span className="tag-disabled">Revoked</span> : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
              </tr>
            ))}
        </Table>
      )}
    </main>
  );
}
