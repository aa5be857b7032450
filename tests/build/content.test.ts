import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, page, squash } from '../helpers/dist';
import { items, section, terms } from '../helpers/seed';

beforeAll(assertBuilt);

const HEADINGS = [
  'What is Mentoring?',
  'How Can Mentoring Help You?',
  'What is Mentoring Good For?',
  'Benefits of Mentoring',
  'What to Expect from Mentoring with a Practitioner',
  'Similar Modalities to Mentoring',
  'Final Thoughts',
  'Scientific References',
  'Recommended Reading',
  'FAQ: Mentoring',
  'Related Practitioners',
] as const;
type Heading = (typeof HEADINGS)[number];
const seed = (heading: Heading) => section(heading, HEADINGS[HEADINGS.indexOf(heading) + 1]);

const fold = (text: string) => squash(text).toLowerCase();
const headingsOf = (route: string, selector = 'main h2') =>
  page(route)(selector)
    .map((_, el) => fold(page(route)(el).text()))
    .get();

const READERS_CHAPTERS = [
  'what-is-mentoring',
  'how-mentoring-helps',
  'finding-a-mentor',
  'what-to-expect',
  'being-a-mentor',
  'confidentiality-and-boundaries',
  'mentoring-across-distance-and-difference',
  'when-it-is-not-working',
  'final-thoughts',
];
/** The part for the people who run a program, after the chapters for mentees and mentors. */
const PROGRAM_CHAPTERS = [
  'recruiting-participants',
  'screening-and-selecting',
  'training-mentors-and-mentees',
  'matching-and-starting',
  'supporting-matches',
  'closing-matches',
  'measuring-a-program',
];
const CHAPTERS = [...READERS_CHAPTERS, ...PROGRAM_CHAPTERS];
const words = (text: string) => squash(text).split(' ').filter(Boolean).length;
const chapterText = (route: string) => {
  const $ = page(route);
  return $('main .chapter__body').clone().find('.sources').remove().end().text();
};

describe('guide chapters', () => {
  it('keeps the seed\'s five elements of mentoring as sections of "What is mentoring?"', () => {
    const elements = terms(seed('What is Mentoring?'));
    expect(elements).toHaveLength(5);
    expect(headingsOf('/guide/what-is-mentoring/', 'main h2, main h3')).toEqual(expect.arrayContaining(elements.map(fold)));
  });

  it.each([
    ['How Can Mentoring Help You?', '/guide/how-mentoring-helps/'],
    ['What is Mentoring Good For?', '/guide/how-mentoring-helps/'],
    ['Benefits of Mentoring', '/guide/how-mentoring-helps/'],
    ['What to Expect from Mentoring with a Practitioner', '/guide/what-to-expect/'],
  ] as const)('carries the ideas of the seed\'s "%s" into %s', (heading, route) => {
    // The chapters are rewritten in plain words; each element of the seed still has its place, by its key word.
    const text = fold(chapterText(route));
    const keyWords: Record<string, string> = {
      'accelerated skill development': 'faster',
      'enhanced self-awareness': 'yourself',
      'career advancement': 'career',
      'increased confidence': 'confidence',
      'career guidance': 'career guidance',
      'leadership development': 'leadership development',
      'skill building': 'skill building',
      'personal growth': 'personal growth',
      'expanded perspectives': 'perspectives',
      'strengthened professional networks': 'networks',
      'career satisfaction': 'career satisfaction',
      'legacy building': 'legacy',
      'initial consultation': 'first meeting',
      'regular meetings': 'regular meetings',
      'tailored approach': 'shaped around what the mentee needs',
      'open communication': 'honest',
    };
    for (const element of terms(seed(heading)).map(fold)) {
      expect(keyWords[element], element).toBeDefined();
      expect(text, element).toContain(keyWords[element]);
    }
  });

  it('gives every chapter between 600 and 1,200 words, except the short closing one', () => {
    for (const id of CHAPTERS) {
      const count = words(chapterText(`/guide/${id}/`));
      if (id === 'final-thoughts') expect(count, id).toBeGreaterThan(250);
      else {
        expect(count, id).toBeGreaterThanOrEqual(600);
        expect(count, id).toBeLessThanOrEqual(1300);
      }
    }
  });

  it('names its sources in the text: each citation links to its entry in the references, listed at the end', () => {
    let citations = 0;
    for (const id of CHAPTERS) {
      const $ = page(`/guide/${id}/`);
      const listed = $('.sources a[href*="/references/"]').map((_, a) => $(a).attr('href')).get();
      $('main a.cite').each((_, a) => {
        citations += 1;
        expect($(a).text()).toMatch(/^\([A-Z][^()]+, \d{4}[a-z]?\)$/);
        expect(listed, `${id}: ${$(a).text()}`).toContain($(a).attr('href'));
      });
    }
    expect(citations).toBeGreaterThan(10);
  });

  it('shows when each chapter was last reviewed', () => {
    for (const id of CHAPTERS) {
      const time = page(`/guide/${id}/`)('main .reviewed time');
      expect(time.attr('datetime'), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(squash(time.text()), id).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    }
  });

  it('has a final-thoughts chapter and the chapters link in reading order', () => {
    const order = CHAPTERS;
    expect(fold(page('/guide/final-thoughts/')('h1').text())).toBe('final thoughts');
    order.forEach((id, i) => {
      const $ = page(`/guide/${id}/`);
      expect($('a[rel=prev]').attr('href')).toBe(i > 0 ? `/guide/${order[i - 1]}/` : undefined);
      expect($('a[rel=next]').attr('href')).toBe(i < order.length - 1 ? `/guide/${order[i + 1]}/` : undefined);
    });
    const listed = page('/guide/')('main .chapter-list a').map((_, a) => page('/guide/')(a).attr('href')).get();
    expect(listed).toEqual(order.map((id) => `/guide/${id}/`));
    // Each part under its heading, the numbers running on from one part to the next.
    const contents = page('/guide/');
    expect(contents('main section > h2').map((_, h) => contents(h).text()).get()).toEqual(['For mentees and mentors', 'Running a program']);
    expect(contents('main section .chapter-list').map((_, list) => contents(list).attr('start') ?? '1').get()).toEqual(['1', String(READERS_CHAPTERS.length + 1)]);
  });

  it('gives every chapter a title, a description and a summary on the home page', () => {
    const home = page('/');
    // The home page lists the chapters for mentees and mentors; the designers' journey leads to the program's part.
    const summaries = home('main .chapter-list p').map((_, p) => squash(home(p).text())).get();
    expect(summaries).toHaveLength(READERS_CHAPTERS.length);
    expect(home('main .journey a[href="/guide/recruiting-participants/"]').length).toBe(1);
    summaries.forEach((summary) => expect(summary.length).toBeGreaterThan(40));
    const description = page('/guide/what-is-mentoring/')('meta[name=description]').attr('content');
    expect(description?.length).toBeGreaterThan(50);
  });
});

describe('modalities', () => {
  it('compares mentoring with every modality of the seed, side by side', () => {
    const $ = page('/modalities/');
    const columns = $('table.comparison thead th').map((_, th) => fold($(th).text())).get();
    expect(columns).toEqual(['mentoring', ...terms(seed('Similar Modalities to Mentoring')).map(fold)]);
    const rows = $('table.comparison tbody th[scope=row]').map((_, th) => squash($(th).text())).get();
    expect(rows).toEqual(['Focus', 'Who leads', 'Structure', 'Typical length', 'Choose it when']);
    expect($('table.comparison tbody tr')).toHaveLength(rows.length);
    $('table.comparison tbody tr').each((_, tr) => {
      expect($(tr).find('td')).toHaveLength(4);
      $(tr)
        .find('td')
        .each((_, td) => expect(squash($(td).text()).length).toBeGreaterThan(10));
    });
  });
});

describe('references', () => {
  it('cites every study of the seed in APA 7, word for word, followed at most by its checked DOI', () => {
    const $ = page('/references/');
    const cited = $('main .bibliography li').map((_, li) => squash($(li).text())).get();
    const expected = items(seed('Scientific References'));
    expect(expected).toHaveLength(3);
    for (const citation of expected) {
      const entry = cited.find((text) => text.startsWith(citation));
      expect(entry, citation).toBeDefined();
      expect(entry!.slice(citation.length)).toMatch(/^(| https:\/\/doi\.org\/10\.\d{4,9}\/\S+)$/);
    }
    expect(cited.length).toBeGreaterThan(expected.length);
  });

  it('offers the list as BibTeX, RIS and CSL-JSON', () => {
    const links = page('/references/')('main a[download]').map((_, a) => page('/references/')(a).attr('href')).get();
    expect(links).toEqual(['/downloads/references.bib', '/downloads/references.ris', '/downloads/references.json']);
  });
});

describe('reading', () => {
  it('lists the three books exactly as the seed gives them', () => {
    const $ = page('/reading/');
    const books = $('main .book-list > li');
    const expected = items(seed('Recommended Reading')).map((line) => {
      const match = /^(.+) by (.+?) \((.+)\)\.$/.exec(line);
      if (!match) throw new Error(`Unexpected reading line: ${line}`);
      return { title: match[1], author: match[2], offers: match[3] };
    });
    expect(books).toHaveLength(expected.length);
    expected.forEach((book, i) => {
      const li = books.eq(i);
      expect(squash(li.find('cite').text())).toBe(book.title);
      expect(squash(li.find('.book-list__author').text())).toBe(`by ${book.author}`);
      expect(squash(li.text())).toContain(`${book.offers}.`);
    });
  });
});

describe('FAQ', () => {
  const questions = seed('FAQ: Mentoring').filter((line) => line.endsWith('?'));

  it('answers every question of the seed on its own page, listed with its short answer', () => {
    const $ = page('/faq/');
    expect(questions).toHaveLength(5);
    for (const question of questions) {
      const heading = $('main h3').filter((_, h) => squash($(h).text()) === question);
      expect(heading, question).toHaveLength(1);
      expect(heading.attr('id')).toMatch(/^[a-z0-9-]+$/);
      const href = heading.find('a').attr('href')!;
      expect(href).toBe(`/faq/${heading.attr('id')}/`);
      const short = squash(heading.closest('article').find('p').text());
      expect(short.length, question).toBeGreaterThan(60);
      // The whole answer, on the question's own page, opens with the short one and goes on.
      const own = page(href);
      expect(squash(own('main h1').text())).toBe(question);
      const answer = squash(own('main .prose').text());
      expect(answer.startsWith(short.replace(/…$/, ''))).toBe(true);
      expect(answer.length).toBeGreaterThan(short.length * 2);
    }
  });

  it('groups the questions by category, each answer linking to the guide', () => {
    const $ = page('/faq/');
    expect($('main section > h2').map((_, h) => squash($(h).text())).get()).toEqual([
      'Getting started',
      'Mentors and mentees',
      'How mentoring works',
    ]);
    // The seed's five and at least fifteen more, among them the questions people ask before they join.
    expect($('main article.faq-entry').length).toBeGreaterThanOrEqual(20);
    const asked = $('main article.faq-entry h3').map((_, h) => fold($(h).text())).get();
    for (const topic of ['cost', 'time', 'confidential', 'my manager be my mentor', "don't get on"])
      expect(asked.some((question) => question.includes(topic)), topic).toBe(true);
    $('main article.faq-entry h3 a').each((_, a) => {
      expect(page($(a).attr('href')!)('main .chapter-links a[href^="/guide/"]').length, $(a).attr('href')).toBeGreaterThan(0);
    });
  });
});

describe('practitioners', () => {
  it('lists both practitioners with name, tagline, address and a dialable phone', () => {
    const lines = seed('Related Practitioners');
    const $ = page('/practitioners/');
    // Numbers are printed with non-breaking hyphens so they never wrap; compare them as typed.
    const text = squash($('main').text()).replace(/\u2011/g, '-');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(text).toContain(line.replace(/^- /, ''));
    expect($('main a[href^="tel:"]').map((_, a) => $(a).attr('href')).get()).toEqual(['tel:+97144135999', 'tel:+17187014925']);
  });
});
