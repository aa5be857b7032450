import { defineSiteConfig } from './src/schemas/site';

// The organization's settings. Every page, the sitemap and every toolkit file read them from here;
// `npm run build` stops with the setting's name if a value is wrong.
export default defineSiteConfig({
  title: 'The Mentoring Guide',
  organization: {
    name: 'Mentorkit Mentoring Network',
    shortName: 'Mentorkit',
  },
  url: 'https://mentoring.mentorkit.example',
  defaultLocale: 'en',
  description:
    'A practical guide to mentoring: what it is, how it helps, what to expect, how it compares with coaching and counseling, and answers to common questions.',
  email: 'mentoring@mentorkit.example',
  brandColor: '#1d4ed8',
  logo: { src: '/logo.svg', alt: '' },
  faqCategories: [
    { id: 'getting-started', title: 'Getting started' },
    { id: 'mentors-and-mentees', title: 'Mentors and mentees' },
    { id: 'how-it-works', title: 'How mentoring works' },
  ],
  // Leave this block out if you have no program of your own: the "Join" page then gives general advice.
  program: {
    name: 'Mentorkit Mentoring Program',
    summary: 'Nine months of monthly meetings with a mentor from another team, with a kick-off, a midpoint review and a closing event.',
    eligibility: 'Anyone in the network can join as a mentee. Mentors have at least three years of experience in their field.',
    apply: 'join@mentorkit.example',
    timing: 'Applications open every January and September; matches are made within a month.',
    contact: { name: 'Priya Shah, program coordinator', email: 'mentoring@mentorkit.example' },
  },
});
