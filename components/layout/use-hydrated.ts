'use client';

import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};
const hydrated = () => true;
const notHydrated = () => false;

/**
 * False in the server HTML and during hydration, true once React runs the component in the
 * browser: no effect and no second render of state. Controls that need JavaScript read it to stay
 * disabled, or to stay plain links, until they work (server.mjs loads the framework after the first
 * paint, so there is a moment when the page is shown and not yet hydrated).
 */
export function useHydrated() {
  return useSyncExternalStore(subscribeNever, hydrated, notHydrated);
}
