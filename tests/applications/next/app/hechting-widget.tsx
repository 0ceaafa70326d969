'use client';
// A client component: defines the elements once React has hydrated the page; each then takes
// the text the server rendered over, without a change.
import { useEffect } from 'react';

export function HechtingWidget() {
  useEffect(() => {
    void import('hechting-widget');
  }, []);
  return null;
}
