import Link from "next/link";

// Reached only for paths outside /ko and /en that the proxy did not redirect.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Page not found · 페이지를 찾을 수 없습니다</h1>
          <p>
            <Link href="/en">Overview</Link> · <Link href="/ko">개요</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
