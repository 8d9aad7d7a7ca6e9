import type { ReactNode } from "react";
import "recovery-kit/styles.css";

// No favicon file: an empty data URL keeps the browser from asking for one (a 404 in the console).
export const metadata = { title: "recovery-kit in the Next.js app router", icons: { icon: "data:," } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 720, margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>{children}</main>
      </body>
    </html>
  );
}
