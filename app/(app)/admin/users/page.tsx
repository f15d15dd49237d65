import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRow } from "@/components/admin/user-row";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/db/users";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser();
  // Non-admins get the not-found page: the admin area does not announce itself.
  if (!can(user, "user:manage")) notFound();
  const users = await listUsers(user);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Users</h1>
          <p className="lede">Journalists tag and draft; reviewers approve others’ verdicts; admins manage the desk.</p>
        </div>
      </div>
      <h2>Add a user</h2>
      <CreateUserForm />
      <h2>Everyone on the desk ({users.length})</h2>
      <Table columns={["User", "Role", "Access", "Password"]}>
          {users.map((listed) => (
            <UserRow key={listed.id} user={listed} isSelf={listed.id === user.id} />
          ))}
      </Table>
    </main>
  );
}
