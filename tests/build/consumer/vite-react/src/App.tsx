// A React 19 + TypeScript project built with Vite (tests/build/tarball.test.mjs builds it and opens
// it in Chromium): the elements imported once, written as tags with attributes, properties, a
// className that changes with the app's state, and an event listener, as the README says.
import { useState } from 'react';
import 'hechting-widget';

export function App() {
  const [tips, setTips] = useState<string[]>([]);
  return (
    <main>
      <hechting-uitleg sections="goede-band" heading-level="3" collapsible />
      <band-tips mode="tip-of-the-day" no-read-aloud className={tips.length ? 'tips tips-seen' : 'tips'} onhechting-next-tip={(event) => setTips((shown) => [...shown, event.detail.tip])} />
      <output id="next-tips">{tips.join(' ')}</output>
      <hulp-link lang="en" organization="Centrum voor Jeugd en Gezin" phone="0123 456 789" />
    </main>
  );
}
