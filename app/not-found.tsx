import { connection } from "next/server";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import "./globals.css";

// Reached only for paths outside /ko and /en that the proxy leaves alone (names with a dot),
// where no language is known: so it speaks both.
export default async function GlobalNotFound() {
  await connection(); // per request, so that its scripts carry the proxy's CSP nonce
  return (
    <html lang="en">
      <body className="bg-white text-slate-900">
        <main className="mx-auto max-w-2xl space-y-6 px-4 py-16">
          {[
            { lang: "en", messages: en },
            { lang: "ko", messages: ko },
          ].map(({ lang, messages }) => (
            <section key={lang} lang={lang} className="space-y-2">
              <h1 className="text-2xl font-bold">{messages.NotFound.title}</h1>
              <p className="text-slate-700">{messages.NotFound.body}</p>
              {/* A plain link: this page is a document of its own, and next/link here would put its
                  client code into every page's first load (this boundary's chunks load with each). */}
              <a href={`/${lang}`} className="text-brand-700 underline">
                {messages.NotFound.home}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
