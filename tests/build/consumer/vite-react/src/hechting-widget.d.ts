// The package's React types, as the README says: the three tags in JSX.IntrinsicElements.
import type {} from 'hechting-widget/react';
