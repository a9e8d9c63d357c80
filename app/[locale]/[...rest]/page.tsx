import { notFound } from "next/navigation";

// Any path under /ko or /en that no page matches renders the localized 404 page.
export default function CatchAll() {
  notFound();
}
