// The same text from the edge runtime.
import { HechtingText } from '../hechting-text';

export const runtime = 'edge';

export default function Page() {
  return (
    <main>
      <h1>Opvoeden</h1>
      <HechtingText name="hulp-link" options={{ href: '/hulp', phone: '0123 456 789' }} />
    </main>
  );
}
