import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { programSchema } from '../../src/toolkit';
import { ROOT } from '../helpers/project-copy';
import { DIST, assertBuilt } from '../helpers/dist';

beforeAll(assertBuilt);

// The JSON Schema the build publishes for editors, read by an independent validator (Ajv): it must say
// yes to what the generator accepts and no to what it refuses, and document every field.
const schema = JSON.parse(readFileSync(join(DIST, 'toolkit/program.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const example = JSON.parse(readFileSync(join(ROOT, 'examples/program.json'), 'utf8'));

describe('/toolkit/program.schema.json', () => {
  it('is a JSON Schema with its own address, a title and every field described', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(new URL('/toolkit/program.schema.json', site.url).href);
    expect(schema.title).toBe('Mentorkit program description');
    const fields = Object.entries(schema.properties as Record<string, { description?: string }>);
    expect(fields.length).toBeGreaterThan(15);
    expect(fields.filter(([, field]) => !field.description).map(([name]) => name)).toEqual([]);
  });

  it('accepts the shipped examples, in JSON and in YAML', () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parse(readFileSync(join(ROOT, 'examples/program.yaml'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a missing program name', { program: undefined }, 'program'],
    ['an unknown cadence', { cadence: 'daily' }, '/cadence'],
    ['too many weeks', { weeks: 105 }, '/weeks'],
    ['an unknown focus area', { focus: ['astrology'] }, '/focus/0'],
    ['a field it does not know', { colour: 'blue' }, 'colour'],
  ])('refuses %s, as the generator does', (_name, change, where) => {
    expect(programSchema.safeParse({ ...example, ...change }).success).toBe(false);
    expect(validate({ ...example, ...change })).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(where);
  });

  it('offers each choice with its label, for editors to show', () => {
    expect(schema.properties.cadence.enum).toEqual(['weekly', 'biweekly', 'monthly', 'monthly-date']);
    expect(schema.properties.cadence.enumDescriptions).toHaveLength(4);
    expect(schema.properties.format.enumDescriptions).toEqual(['In person', 'Online (video call)', 'In person or online']);
  });
});
