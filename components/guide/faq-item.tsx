import type { ReactNode } from 'react';

/** One visible question and answer; lib/content also reads these for the FAQPage data. */
export function FaqItem({ question, children }: { question: string; children: ReactNode }) {
  return (
    <div className="faq-item">
      <h3>{question}</h3>
      {children}
    </div>
  );
}
