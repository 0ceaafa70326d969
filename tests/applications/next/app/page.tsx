import { HechtingText } from './hechting-text';
import { HechtingWidget } from './hechting-widget';

export default function Page() {
  return (
    <main>
      <h1>Opvoeden</h1>
      <HechtingText name="band-tips" options={{ age: 'young', mode: 'tip-of-the-day', languages: 'nl en' }} />
      <HechtingText name="hechting-uitleg" options={{ collapsible: true, 'hulp-href': '/hulp', 'hulp-label': 'Hulp in onze gemeente' }} />
      <HechtingWidget />
    </main>
  );
}
