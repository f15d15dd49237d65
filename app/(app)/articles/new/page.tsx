import type { Metadata } from "next";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requirePageUser();
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>New article</h1>
          <p className="lede">Paste an article to tag who claims what in it.</p>
        </div>
      </div>
      <NewArticleForm />
    </main>
  );
}
