import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Namespace = "Status" | "Timeline" | "Following";

/** Gives the tracking forms (client components) only the strings they use. */
export async function TrackingIntl({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
