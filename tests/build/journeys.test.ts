import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { languageOf, localized } from '../../src/i18n/pages';
import { DIST, assertBuilt, page, pageRoutes, squash } from '../helpers/dist';
import { checkLinks } from '../helpers/links';
import { copyProject, npmRun } from '../helpers/project-copy';

beforeAll(assertBuilt);

const hrefs = ($: ReturnType<typeof page>, selector: string) => $(selector).map((_, a) => $(a).attr('href')).get();

describe('the three journeys from the home page', () => {
  const journey = (title: string) => {
    const $ = page('/');
    const found = $('.journey').filter((_, li) => squash($(li).find('h3').text()) === title);
    expect(found, title).toHaveLength(1);
    return found.find('a').map((_, a) => $(a).attr('href')).get();
  };

  it('leads a mentee to the question people ask most, the FAQ and the way to join', () => {
    expect(journey('I am looking for a mentor')).toEqual(expect.arrayContaining(['/faq/how-do-i-find-a-mentor/', '/faq/', '/join/', '/guide/finding-a-mentor/']));
  });

  it('leads a mentor to the chapters written for them', () => {
    expect(journey('I have been asked to mentor')).toEqual(expect.arrayContaining(['/guide/being-a-mentor/', '/guide/confidentiality-and-boundaries/']));
  });

  it('leads a program designer to the templates and the kit builder, with previews of the templates', () => {
    expect(journey('I run a mentoring program')).toEqual(expect.arrayContaining(['/templates/', '/toolkit/']));
    const $ = page('/');
    const previews = $('.journey').last().find('img');
    expect(previews.length).toBeGreaterThan(0);
    previews.each((_, img) => {
      expect($(img).attr('src')).toMatch(/^\/previews\/[\w-]+\.webp$/);
      expect(existsSync(join(DIST, $(img).attr('src')!)), $(img).attr('src')).toBe(true);
      expect($(img).attr('alt')).toBe('');
      expect($(img).attr('loading')).toBe('lazy');
    });
  });

  it('marks each way in with a drawing that screen readers skip', () => {
    const $ = page('/');
    $('.journey').each((_, li) => {
      const drawing = $(li).children('svg');
      expect(drawing, $(li).find('h3').text()).toHaveLength(1);
      expect(drawing.attr('aria-hidden')).toBe('true');
      expect(drawing.find('path, circle, rect').length).toBeGreaterThan(2);
    });
  });

  it('puts the kit builder in the main navigation, and the trust pages and the way to join in every footer', () => {
    for (const route of pageRoutes()) {
      const $page = page(route);
      const inItsLanguage = (path: string) => localized(path, languageOf(route));
      expect(hrefs($page, '.nav-wide a'), route).toContain(inItsLanguage('/toolkit/'));
      expect(hrefs($page, 'footer a'), route).toEqual(expect.arrayContaining(['/about/', '/accessibility/', '/privacy/', '/join/'].map(inItsLanguage)));
    }
  });
});

describe('the join page, from the program in the settings', () => {
  const program = site.program!;

  it('says who can join, when, and how to apply, with the contact', () => {
    const $ = page('/join/');
    expect(squash($('h1').text())).toBe(`Join the ${program.name}`);
    const text = squash($('main').text());
    for (const part of [program.summary, program.eligibility, program.timing!, program.contact!.name]) expect(text).toContain(part);
    expect(program.apply).toHaveProperty('email');
    expect(hrefs($, 'main a.button')[0]).toMatch(new RegExp(`^mailto:${'email' in program.apply ? program.apply.email : ''}\\?subject=`));
    expect(hrefs($, 'main a')).toContain(`mailto:${program.contact!.email}`);
  });

  it('is offered from the finding-a-mentor answer and the home page', () => {
    expect(page('/faq/how-do-i-find-a-mentor/')('main article a[href="/join/"]').length).toBeGreaterThan(0);
    expect(hrefs(page('/'), '.hero a')).toContain('/join/');
  });
});

describe('trust pages', () => {
  it('the privacy page says what is stored: the theme choice, nothing else, no cookies', () => {
    const $ = page('/privacy/');
    expect(squash($('main').text())).toContain('no cookies');
    expect($('main code').map((_, code) => $(code).text()).get()).toEqual(['theme']);
  });

  it('the accessibility page names the standard, the checks, the known limits and how to report a problem', () => {
    const $ = page('/accessibility/');
    const text = squash($('main').text());
    expect(text).toContain('WCAG) 2.2 at level AA');
    expect($('main h2').map((_, h) => squash($(h).text())).get()).toEqual(expect.arrayContaining(['How it is tested', 'Known limits', 'Report a problem']));
    expect(hrefs($, 'main a').some((href) => href.startsWith(`mailto:${site.email}`))).toBe(true);
  });

  it('the about page names the publisher and lists every chapter', () => {
    const $ = page('/about/');
    expect(squash($('main').text())).toContain(site.organization.name);
    expect(hrefs($, 'main a[href^="/guide/"]').length).toBe(page('/guide/')('main .chapter-list a').length);
  });
});

describe('a site from the settings alone: no program, no practitioners', () => {
  let dir: string;
  let dist: string;
  beforeAll(async () => {
    dir = copyProject();
    const config = readFileSync(join(dir, 'site.config.ts'), 'utf8');
    // The program goes, and with it each language's words for it.
    const withoutProgram = config
      .replace(/\n {2}\/\/ Leave this block out[\s\S]*?\n {2}\},\n/, '\n  practitioners: false,\n')
      .replace(/\n {6}program: \{[\s\S]*?\n {6}\},/g, '');
    expect(withoutProgram).not.toContain('program:');
    writeFileSync(join(dir, 'site.config.ts'), withoutProgram);
    const { code, output } = await npmRun(dir, 'build');
    expect(code, output).toBe(0);
    dist = join(dir, 'dist');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const built = (route: string) => load(readFileSync(join(dist, route, 'index.html'), 'utf8'));

  it('turns the join page into advice on finding a mentor, still linked from the home page', () => {
    const $ = built('join');
    expect(squash($('h1').text())).toBe('Find a mentor');
    expect($('main article ol > li').length).toBe(5);
    expect(squash($('main').text())).not.toContain('Apply');
    expect(built('')('.hero a[href="/join/"]').text()).toBe('How to find a mentor');
  });

  it('has no practitioners page and no link to one, and no broken link anywhere', async () => {
    expect(existsSync(join(dist, 'practitioners'))).toBe(false);
    for (const route of ['', 'about', 'faq', 'guide/what-is-mentoring']) expect(built(route)('a[href^="/practitioners/"]').length, route).toBe(0);
    const { broken } = await checkLinks(dist);
    expect(broken).toEqual([]);
  }, 60_000);
});
