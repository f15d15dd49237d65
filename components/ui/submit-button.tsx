"use client";
// A form's submit button that reads the form's pending state itself (useFormStatus), so it is
// disabled and says what is happening while the action runs.
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button className="button" type="submit" disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
