import { expect, it } from 'vitest';
import { faqPage, serializeJsonLd } from '../../../src/utils/structured-data';
import site from '../../../site.config';

it('serializes JSON-LD so that text can never close its script element', () => {
  const json = serializeJsonLd([faqPage(site, '/faq/', 'en', [{ question: 'Is </script><script>alert(1)</script> data?', answer: '<p>Yes</p>' }])]);
  expect(json).not.toContain('<');
  expect(JSON.parse(json).mainEntity[0].name).toBe('Is </script><script>alert(1)</script> data?');
});

it('wraps several nodes in a @graph', () => {
  const parsed = JSON.parse(serializeJsonLd([{ '@type': 'A' }, { '@type': 'B' }]));
  expect(parsed['@context']).toBe('https://schema.org');
  expect(parsed['@graph'].map((n: { '@type': string }) => n['@type'])).toEqual(['A', 'B']);
});
