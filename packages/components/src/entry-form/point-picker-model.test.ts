import { describe, expect, it } from 'vitest';
import {
  allowedPrecisions,
  honestPrecision,
  initialPickerState,
  kreisAt,
  lonLatOf,
  pickerKey,
  PICKER_MAX_ZOOM,
  stepMetres,
  type PickerState,
} from './point-picker-model.js';

const press = (state: PickerState, ...keys: string[]) =>
  keys.reduce((current, key) => pickerKey(current, key) ?? current, state);

describe('the point picker model', () => {
  it('starts on all of Saxony, or zoomed in on a point the draft has', () => {
    const empty = initialPickerState();
    expect(empty.zoom).toBe(0);
    expect(kreisAt(Number(lonLatOf(empty).lat), Number(lonLatOf(empty).lon))).toBeDefined();
    const dresden = initialPickerState(51.0504, 13.7373);
    expect(dresden.zoom).toBeGreaterThan(0);
    expect(Number(lonLatOf(dresden).lat)).toBeCloseTo(51.0504, 3);
    expect(Number(lonLatOf(dresden).lon)).toBeCloseTo(13.7373, 3);
  });

  it('moves the crosshair north, east, south and west with the arrow keys', () => {
    const start = initialPickerState(51.0504, 13.7373);
    const at = (state: PickerState) => lonLatOf(state);
    expect(Number(at(press(start, 'ArrowUp')).lat)).toBeGreaterThan(51.0504);
    expect(Number(at(press(start, 'ArrowDown')).lat)).toBeLessThan(51.0504);
    expect(Number(at(press(start, 'ArrowRight')).lon)).toBeGreaterThan(13.7373);
    expect(Number(at(press(start, 'ArrowLeft')).lon)).toBeLessThan(13.7373);
    const back = press(start, 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft');
    expect(back.point.x).toBeCloseTo(start.point.x, 9);
    expect(back.point.y).toBeCloseTo(start.point.y, 9);
    expect(pickerKey(start, 'a')).toBeUndefined();
  });

  it('zooms in and out with + and − within its limits, and halves the step per level', () => {
    const start = initialPickerState();
    expect(press(start, '-').zoom).toBe(0);
    const inOnce = press(start, '+');
    expect(inOnce.zoom).toBe(1);
    expect(stepMetres(inOnce)).toBeCloseTo(stepMetres(start) / 2, -1);
    const all = press(start, ...Array<string>(20).fill('+'));
    expect(all.zoom).toBe(PICKER_MAX_ZOOM);
    expect(press(all, 'Home').zoom).toBe(0);
  });

  it('keeps the crosshair inside Saxony’s rectangle', () => {
    const far = press(initialPickerState(), ...Array<string>(40).fill('ArrowLeft'));
    expect(Number(lonLatOf(far).lon)).toBeGreaterThan(11.8);
    const north = press(initialPickerState(), ...Array<string>(40).fill('ArrowUp'));
    expect(Number(lonLatOf(north).lat)).toBeLessThan(51.7);
  });

  it('lets a pick claim campus or building only when zoomed in far enough', () => {
    const saxony = initialPickerState(51.0504, 13.7373);
    expect(allowedPrecisions({ ...saxony, zoom: 0 })).toEqual(['city']);
    expect(allowedPrecisions({ ...saxony, zoom: 5 })).toEqual(['campus', 'city']);
    expect(allowedPrecisions({ ...saxony, zoom: PICKER_MAX_ZOOM })).toEqual([
      'address',
      'campus',
      'city',
    ]);
    expect(honestPrecision('address', ['city'])).toBe('city');
    expect(honestPrecision('address', ['campus', 'city'])).toBe('campus');
    expect(honestPrecision('city', ['address', 'campus', 'city'])).toBe('city');
    expect(honestPrecision('address', ['address', 'campus', 'city'])).toBe('address');
  });

  it('names the Kreis under the crosshair', () => {
    expect(kreisAt(51.0504, 13.7373)?.name).toBe('Dresden');
    expect(kreisAt(50.8278, 12.9214)?.name).toBe('Chemnitz');
    expect(kreisAt(51.3397, 12.3731)?.kind).toBe('Kreisfreie Stadt'); // Leipzig
    expect(kreisAt(52.52, 13.405)).toBeUndefined(); // Berlin
  });
});
