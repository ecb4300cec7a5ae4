import type { ContentEntry } from '@/lib/content';

import { mdxComponents } from './mdx-components';
import { ReviewDates } from './review-dates';
import { SourceList } from './source-list';

export function GuideSection({ entry }: { entry: ContentEntry }) {
  const { Content, frontmatter, slug } = entry;
  return (
    <section id={slug} aria-labelledby={`${slug}-title`} className="guide-section">
      <h2 id={`${slug}-title`}>{frontmatter.title}</h2>
      <ReviewDates lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} />
      <div className="prose">
        <Content components={mdxComponents} />
      </div>
      <SourceList sources={frontmatter.sources} id={slug} />
    </section>
  );
}
