// Shared by the workspace's shortcut handlers.

/** Keys typed into a form field are not shortcuts (the read-only article text is not a field). */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && !target.closest('[aria-readonly="true"]') && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
