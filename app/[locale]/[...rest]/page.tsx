import { notFound } from 'next/navigation';

// Every unknown path under a locale ends on that locale's not-found page, never a 500.
export default function CatchAll() {
  notFound();
}
