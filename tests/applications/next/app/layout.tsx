// The recipe of docs/frameworks.md: the stylesheet for the text the server renders, once, in the root layout.
import 'hechting-widget/dist/hechting-widget.server.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Opvoeden' };

// The page's language is the widget's language: Dutch.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
