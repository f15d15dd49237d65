import type { Metadata } from "next";
import { NewArticleChooser } from "@/components/articles/new-article-chooser";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ mode?: string }> }) {
  await requirePageUser();
  const mode = (await searchParams).mode === "paste" ? "paste" : "import";
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>New article</h1>
          <p className="lede">Import a published page or a file, or paste an article, to tag who claims what in it.</p>
        </div>
      </div>
      <NewArticleChooser initialMode={mode} />
    </main>
  );
}
