// Every signed-in page: the header (with the review queue's count for those who decide), and a
// redirect to sign-in for anyone else.
import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/session";
import { countVerdictsInReview } from "@/lib/db/verdicts";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  // One indexed count, and only for reviewers and admins: journalists have no queue to work through.
  const reviewCount = user.role === "JOURNALIST" ? undefined : await countVerdictsInReview(user);
  return (
    <>
      <AppHeader user={user} reviewCount={reviewCount} />
      {children}
    </>
  );
}
