import { describe, expect, it } from 'vitest';
import {
  chooseMunicipality,
  draftForMunicipality,
  municipalityLabel,
  municipalityOfDraft,
} from './municipality-choice.js';

describe('postal code → Gemeinde for the entry form', () => {
  it('knows the one Gemeinde of a code that serves only one', () => {
    const choice = chooseMunicipality('01067');
    expect(choice.state).toBe('chosen');
    if (choice.state !== 'chosen') return;
    expect(choice.chosen).toMatchObject({ ags: '14612000', name: 'Dresden' });
    expect(choice.options).toHaveLength(1);
  });

  it('asks for a choice when several Gemeinden share the code (09306: seven) and guesses none', () => {
    const choice = chooseMunicipality('09306');
    expect(choice.state).toBe('ambiguous');
    if (choice.state !== 'ambiguous') return;
    expect(choice.options.map(({ name }) => name)).toEqual([
      'Erlau',
      'Königsfeld',
      'Königshain-Wiederau',
      'Rochlitz',
      'Seelitz',
      'Wechselburg',
      'Zettlitz',
    ]);
  });

  it('takes the chosen one among several, and drops a choice that does not fit the code', () => {
    const rochlitz = chooseMunicipality('09306', '14522490');
    expect(rochlitz.state === 'chosen' && rochlitz.chosen.name).toBe('Rochlitz');
    // Dresden's AGS does not belong to 09306: the visitor has to choose again
    expect(chooseMunicipality('09306', '14612000').state).toBe('ambiguous');
    // a Gemeinde that 01877 and 02692 both serve is found by either code
    expect(chooseMunicipality('02692', '14625110').state).toBe('chosen');
    expect(chooseMunicipality('01877', '14625110').state).toBe('chosen');
  });

  it('tells an incomplete code from one no Saxon Gemeinde has', () => {
    expect(chooseMunicipality('').state).toBe('incomplete');
    expect(chooseMunicipality('0106').state).toBe('incomplete');
    expect(chooseMunicipality('01 067').state).toBe('incomplete');
    expect(chooseMunicipality('10115').state).toBe('unknown'); // Berlin
    expect(chooseMunicipality(' 01067 ').state).toBe('chosen');
  });

  it('names the Kreis beside a Gemeinde of a Landkreis, not beside a kreisfreie Stadt', () => {
    const choice = chooseMunicipality('09306', '14522490');
    if (choice.state !== 'chosen') throw new Error(choice.state);
    expect(municipalityLabel(choice.chosen)).toBe('Rochlitz (Mittelsachsen)');
    const dresden = chooseMunicipality('01067');
    if (dresden.state !== 'chosen') throw new Error(dresden.state);
    expect(municipalityLabel(dresden.chosen)).toBe('Dresden');
  });

  it('sets city, AGS and the Gemeinde point marked as city precision, or keeps a picked point', () => {
    const choice = chooseMunicipality('01067');
    if (choice.state !== 'chosen') throw new Error(choice.state);
    const values = draftForMunicipality(choice.chosen, { keepPickedPoint: false });
    expect(values).toMatchObject({
      'address.city': 'Dresden',
      'address.ags': '14612000',
      'location.precision': 'city',
    });
    expect(Number(values['location.lat'])).toBeCloseTo(51.05, 1);
    expect(Number(values['location.lon'])).toBeCloseTo(13.74, 1);
    expect(draftForMunicipality(choice.chosen, { keepPickedPoint: true })).toEqual({
      'address.city': 'Dresden',
      'address.ags': '14612000',
    });
  });

  it('finds the Gemeinde of a draft by its 8-digit AGS only', () => {
    expect(municipalityOfDraft('14612000')?.name).toBe('Dresden');
    expect(municipalityOfDraft('14612')).toBeUndefined();
    expect(municipalityOfDraft('')).toBeUndefined();
  });
});
