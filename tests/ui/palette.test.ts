import { describe, expect, it } from 'vitest';
import { caseModel, readCaseText } from '../../src/model/caseFile';
import { OKABE_ITO, PARTNER_COLOURS, THEME_COLOURS, partnerColour, partnerColours, partnerOrder, themeColour, themeColours } from '../../src/ui/palette';
import { loadData, readDataFile } from '../helpers';

const national = loadData();
function anytown() {
  const doc = readCaseText(readDataFile('cases/example-anytown.json'));
  if (!doc.ok) throw new Error(doc.error);
  const model = caseModel(doc.value);
  if (!model.ok) throw new Error(model.error);
  return model.value;
}
const BLACKS = ['#000000', '#000', 'black', '#1a1a1a'];
const okabeIto = (colour: string | undefined) => {
  expect(colour).toBeDefined();
  expect(BLACKS).not.toContain(colour!.toLowerCase());
  expect(OKABE_ITO as readonly string[]).toContain(colour);
};

describe('colours by the case’s own order', () => {
  it('keeps the national case’s colours exactly', () => {
    expect(THEME_COLOURS).toEqual({ hsc: '#0072B2', fcn: '#D55E00', ws: '#009E73', da: '#CC79A7', ro: '#E69F00' });
    expect(PARTNER_COLOURS).toEqual({ DH: '#0072B2', LG: '#E69F00', DWP: '#009E73', HO: '#CC79A7', MoJ: '#D55E00', DfE: '#56B4E9', unallocated: '#8C8C8C' });
    const themes = themeColours(national.themes);
    for (const t of national.themes) expect(themes[t.id]).toBe(THEME_COLOURS[t.id]);
    expect(partnerColours(partnerOrder(national))).toEqual(PARTNER_COLOURS);
    expect(national.themes.map((t, i) => themeColour(t.id, i))).toEqual(national.themes.map((t) => THEME_COLOURS[t.id]));
    expect(partnerOrder(national).map((k, i) => partnerColour(k, i))).toEqual(partnerOrder(national).map((k) => PARTNER_COLOURS[k]));
  });

  it('gives a place’s own themes different Okabe–Ito colours, never black or none', () => {
    const data = anytown();
    const ids = data.themes.map((t) => t.id);
    expect(ids).toEqual(['early-help', 'youth-diversion', 'hospital-discharge']);
    const colours = themeColours(data.themes);
    for (const id of ids) okabeIto(colours[id]);
    expect(new Set(ids.map((id) => colours[id])).size).toBe(ids.length);
    // By position alone, too: an unknown id still gets a colour, and two positions two colours.
    okabeIto(themeColour('early-help', 0));
    expect(themeColour('a-theme', 0)).not.toBe(themeColour('another', 1));
  });

  it('gives a place’s own partners different colours, keeps a national one’s and the unallocated grey', () => {
    const data = anytown();
    const order = partnerOrder(data);
    expect(order).toEqual(['council', 'NHS', 'police', 'DWP', 'unallocated']);
    const colours = partnerColours(order);
    for (const key of ['council', 'NHS', 'police']) okabeIto(colours[key]);
    // DWP keeps its national colour, and no partner of the place is given it as well.
    expect(colours.DWP).toBe(PARTNER_COLOURS.DWP);
    expect(colours.unallocated).toBe('#8C8C8C');
    expect(new Set(order.map((k) => colours[k])).size).toBe(order.length);
    expect(partnerColour('unallocated', 7)).toBe('#8C8C8C');
    expect(partnerColour('police', 2, order)).toBe(colours.police);
    okabeIto(partnerColour('council', 0));
    expect(partnerColour('council', 0)).not.toBe(partnerColour('police', 2));
  });

  it('cycles through the set when a case has more themes than colours', () => {
    const ids = Array.from({ length: OKABE_ITO.length + 2 }, (_, i) => `theme-${i}`);
    const colours = themeColours(ids);
    expect(new Set(ids.slice(0, OKABE_ITO.length).map((id) => colours[id])).size).toBe(OKABE_ITO.length);
    for (const id of ids) okabeIto(colours[id]);
    expect(colours[`theme-${OKABE_ITO.length}`]).toBe(colours['theme-0']);
  });
});
