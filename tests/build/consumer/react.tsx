import type {} from 'hechting-widget/react';
// A React 19 project's JSX with the elements (tests/build/package.test.mjs).
import 'hechting-widget';
import type { BandTips } from 'hechting-widget/band-tips.class.js';

export const Page = () => (
  <main>
    <hechting-uitleg sections="goede-band" collapsible heading-level="3" onhechting-section-toggle={(event) => console.log(event.detail.section, event.detail.open)} />
    <band-tips
      mode="tip-of-the-day"
      no-read-aloud
      className="tips"
      style={{ marginBlock: '1rem' }}
      ref={(element: BandTips | null) => element?.setAttribute('mode', 'tip-of-the-day')}
      onhechting-next-tip={(event) => console.log(event.detail.tip)}
      onhechting-read-aloud={(event) => console.log(event.detail.action)}
    />
    <hulp-link href="https://www.cjg.nl" organization="CJG" onhechting-help-link={(event) => console.log(event.detail.kind)} />
    {/* @ts-expect-error: <band-tips> has no organization */}
    <band-tips organization="CJG" />
    {/* @ts-expect-error: the next tip's detail has no language */}
    <band-tips onhechting-next-tip={(event) => console.log(event.detail.language)} />
  </main>
);
