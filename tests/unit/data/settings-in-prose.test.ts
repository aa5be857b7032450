import { describe, expect, it } from 'vitest';
import site from '../../../site.config';
import { SETTING_NAMES, emailOf, hasSetting, settingText, withSettings } from '../../../src/data/settings-in-prose';

const FILE = 'src/content/pages/about.mdx';
const [english, spanish] = site.locales;

describe('the settings a page of prose writes in', () => {
  it("gives each setting in the page's language, and the organization's name as it is", () => {
    expect(settingText('title', english!, FILE)).toBe(site.title);
    expect(settingText('title', spanish!, FILE)).toBe(spanish!.text.title);
    expect(settingText('program', spanish!, FILE)).toBe(spanish!.text.program!.name);
    expect(settingText('summary', english!, FILE)).toBe(site.program!.summary);
    expect(settingText('contact', spanish!, FILE)).toBe(spanish!.text.program!.contact!.name);
    expect(settingText('organization', spanish!, FILE)).toBe(site.organization.name);
    for (const name of SETTING_NAMES) expect(hasSetting(name), name).toBe(true);
  });

  it('fills {program} in a title, in the same language', () => {
    expect(withSettings('Join the {program}', english!, FILE)).toBe(`Join the ${site.program!.name}`);
    expect(withSettings('Únase al {program}', spanish!, FILE)).toBe(`Únase al ${spanish!.text.program!.name}`);
  });

  it('stops on a name that is no setting, naming the file and the names there are', () => {
    expect(() => settingText('organisation', english!, FILE)).toThrow(`${FILE}: <Setting name="organisation" /> names no setting; use one of: ${SETTING_NAMES.join(', ')}.`);
    expect(() => withSettings('Join the {programme}', english!, FILE)).toThrow(/names no setting/);
    expect(hasSetting('organisation')).toBe(false);
  });

  it('links the address each kind of e-mail goes to', () => {
    expect(emailOf('site')).toBe(site.email);
    expect(emailOf('program')).toBe(site.program!.contact!.email);
    expect(emailOf('apply')).toBe('email' in site.program!.apply ? site.program!.apply.email : undefined);
  });
});
