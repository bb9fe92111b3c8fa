// Files for the preview under fixed paths (`/demo/vorschau/<name>`, and `/demo/ohne-cors/<name>`
// without CORS permission): every encoding, delimiter and format a preview must cope with, the
// broken files it must refuse, and a 50 MB CSV made while it is sent. Invented demo values; the
// place names and Kreis keys are real (see data/README.md).

import kreisPoints from '../kreis-points.json' with { type: 'json' };
import { KREISE } from '../dataset-templates.ts';
import { hashString } from '../random.ts';
import { encodeWindows1252, germanLine, germanNumber } from './german-csv.ts';

export interface SampleFile {
  /** The bytes, or a stream made on request (`size` bytes long). */
  body: Uint8Array | (() => ReadableStream<Uint8Array>);
  size: number;
  contentType: string;
}

const POINTS = kreisPoints as unknown as Record<string, [number, number][]>;
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (body: Uint8Array, contentType: string): SampleFile => ({
  body,
  size: body.length,
  contentType,
});
/** A made-up value in [min, max) that stays the same for the same key. */
const demoValue = (key: string, min: number, max: number) => min + (hashString(key) % (max - min));

/** `;`, German numbers with thousands points and decimal commas, UTF-8: one row per Kreis. */
function einwohnerCsv(): SampleFile {
  const header = [
    'Kreis',
    'AGS',
    'Einwohner',
    'Fläche in km²',
    'Einwohner je km²',
    'Veränderung in %',
  ];
  const rows = KREISE.map((kreis) => {
    const people = demoValue(`ew-${kreis.ags}`, 120_000, 620_000);
    const area = demoValue(`fl-${kreis.ags}`, 22_000, 300_000) / 100;
    const change = (demoValue(`vd-${kreis.ags}`, 0, 400) - 250) / 100;
    return [
      kreis.name,
      kreis.ags!,
      germanNumber(people),
      germanNumber(area, 2),
      germanNumber(people / area, 1),
      germanNumber(change, 2),
    ];
  });
  const text = [header, ...rows].map(germanLine).join('\r\n') + '\r\n';
  return file(utf8(text), 'text/csv; charset=utf-8');
}

/** Gemeinden with umlauts, `;`, Windows-1252 as German Excel saves it, declared in the charset. */
function gemeindenCsv(): SampleFile {
  const places: [string, string][] = [
    ['Görlitz', '14626'],
    ['Löbau', '14626'],
    ['Weißwasser/O.L.', '14626'],
    ['Zwönitz', '14521'],
    ['Bärenstein', '14521'],
    ['Großenhain', '14627'],
    ['Schöneck/Vogtl.', '14523'],
    ['Glashütte', '14628'],
    ['Großröhrsdorf', '14625'],
    ['Markkleeberg', '14729'],
  ];
  const lines = [germanLine(['Gemeinde', 'Kreis (AGS)', 'Haushaltsansatz in €', 'Bemerkung'])];
  places.forEach(([name, ags], i) => {
    const budget = demoValue(`hh-${name}`, 1_000_000, 90_000_000) / 100;
    const note =
      i === 0
        ? 'Straße „Am Brückentor“ – gesperrt; Umleitung\r\nüber die Obermühle'
        : i === 3
          ? 'Schätzung; „vorläufig“'
          : '';
    lines.push(germanLine([name, ags, germanNumber(budget, 2), note]));
  });
  return file(encodeWindows1252(lines.join('\r\n') + '\r\n'), 'text/csv; charset=windows-1252');
}

/** UTF-8 with a byte order mark (Excel's "CSV UTF-8"), `,` and English decimals, quoted fields. */
function haltestellenCsv(): SampleFile {
  const lines = ['Haltestelle,Linien,Längengrad,Breitengrad'];
  const stops: [string, string][] = [
    ['Dresden, Postplatz', '1, 2, 4, 6, 8, 9, 11, 12'],
    ['Leipzig, Augustusplatz', '4, 7, 8, 10, 11, 12, 15, 16'],
    ['Chemnitz, Zentralhaltestelle', '1, 2, 3, 4, 5, 6, 21, 22'],
    ['Görlitz, Demianiplatz', '2, 3'],
    ['Bautzen, Lauengraben', '"Stadtbus" 10, 20'],
  ];
  stops.forEach(([name, lines_], i) => {
    const kreis = KREISE[[5, 10, 0, 7, 6][i]!]!;
    const [lon, lat] = POINTS[kreis.ags!]![0]!;
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    lines.push(`${quote(name)},${quote(lines_)},${lon.toFixed(5)},${lat.toFixed(5)}`);
  });
  const body = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(lines.join('\r\n') + '\r\n')]);
  return file(body, 'text/csv; charset=utf-8');
}

/** Tab-separated measurements, LF line ends. */
function messstellenTsv(): SampleFile {
  const lines = ['Messstelle\tKreis\tDatum\tNO2 in µg/m³\tPM10 in µg/m³'];
  for (const [i, kreis] of KREISE.entries()) {
    const no2 = demoValue(`no2-${kreis.ags}`, 80, 420) / 10;
    const pm10 = demoValue(`pm-${kreis.ags}`, 90, 300) / 10;
    lines.push(
      `DESN${String(i + 1).padStart(3, '0')}\t${kreis.name}\t2026-11-0${1 + (i % 9)}\t${no2.toFixed(1)}\t${pm10.toFixed(1)}`,
    );
  }
  return file(utf8(lines.join('\n') + '\n'), 'text/tab-separated-values; charset=utf-8');
}

/** Points inside each of Saxony's 13 Kreise (three per Kreis, from kreis-points.json). */
function kreisePunkteGeoJson(): SampleFile {
  const features = KREISE.flatMap((kreis) =>
    POINTS[kreis.ags!]!.slice(0, 3).map((coordinates, i) => ({
      type: 'Feature',
      id: `${kreis.ags}-${i + 1}`,
      geometry: { type: 'Point', coordinates },
      properties: {
        name: `Ladesäule ${i + 1} – ${kreis.name}`,
        kreis: kreis.name,
        ags: kreis.ags,
        ladepunkte: 2 + (hashString(`lp-${kreis.ags}-${i}`) % 6),
      },
    })),
  );
  const collection = { type: 'FeatureCollection', name: 'ladesaeulen-demo', features };
  return file(utf8(`${JSON.stringify(collection, null, 2)}\n`), 'application/geo+json');
}

/** A nested JSON document (a budget with sub-items), for the tree view. */
function haushaltJson(): SampleFile {
  const value = {
    titel: 'Haushaltsplan (Demodaten)',
    stand: '2026-11-30',
    waehrung: 'EUR',
    hinweis: 'Demodaten von @saxon-ai/demo-api – erfunden, nicht amtlich.',
    bereiche: ['Bildung', 'Verkehr', 'Soziales'].map((bereich) => ({
      bereich,
      ansatz: demoValue(`ans-${bereich}`, 1_000_000, 9_000_000),
      posten: [1, 2].map((n) => ({
        nr: n,
        bezeichnung: `${bereich} – Posten ${n}`,
        betrag: demoValue(`${bereich}${n}`, 1000, 99_000),
        gesperrt: n === 2,
      })),
    })),
    letzteAenderung: null,
  };
  return file(utf8(`${JSON.stringify(value, null, 2)}\n`), 'application/json');
}

/** Fixed-width rows so the size is known before the first byte. */
const BIG_HEADER = 'Nr;Zeitpunkt;Messstelle;AGS;Wert;Status\r\n';
const BIG_AGS = KREISE.map((kreis) => kreis.ags!);
/** Row `n`: cheap to make (the file is written while it is sent), every field of fixed width. */
const bigRow = (n: number) => {
  // Cents 100000 … 999999, written 1.000,00 … 9.999,99 (always eight characters).
  const cents = String(100_000 + ((n * 7919) % 900_000));
  const value = `${cents[0]}.${cents.slice(1, 4)},${cents.slice(4)}`;
  const minute = String(n % 60).padStart(2, '0');
  const station = String(n % 1000).padStart(4, '0');
  return `${String(n).padStart(8, '0')};2026-11-01T00:${minute}:00+01:00;DESN${station};${BIG_AGS[n % BIG_AGS.length]};${value};gültig\r\n`;
};
const BIG_ROW_BYTES = utf8(bigRow(1)).length;
/** About 50 MB of rows. */
const BIG_ROWS = Math.floor(50_000_000 / BIG_ROW_BYTES);

/** A 50 MB CSV, written while it is sent (never held whole); stops when the reader cancels. */
function grossCsv(): SampleFile {
  const rowsPerChunk = 1024;
  return {
    size: utf8(BIG_HEADER).length + BIG_ROWS * BIG_ROW_BYTES,
    contentType: 'text/csv; charset=utf-8',
    body: () => {
      let next = 1;
      return new ReadableStream<Uint8Array>(
        {
          start(controller) {
            controller.enqueue(utf8(BIG_HEADER));
          },
          pull(controller) {
            const last = Math.min(BIG_ROWS, next + rowsPerChunk - 1);
            let text = '';
            for (let n = next; n <= last; n++) text += bigRow(n);
            controller.enqueue(utf8(text));
            next = last + 1;
            if (next > BIG_ROWS) controller.close();
          },
        },
        { highWaterMark: 2 },
      );
    },
  };
}

/** A JSON array of 3 MB: over the preview's default cap of 2 MB. */
function grossJson(): SampleFile {
  const items = Array.from({ length: 24_000 }, (_, i) => ({
    nr: i + 1,
    ags: KREISE[i % KREISE.length]!.ags,
    wert: demoValue(`gj${i}`, 0, 100_000) / 100,
    text: 'Demodaten für den Test der Größengrenze',
  }));
  return file(utf8(JSON.stringify(items)), 'application/json');
}

const broken = (text: string, contentType: string) => () => file(utf8(text), contentType);

/** Every sample by file name; each is made on first request. */
export const PREVIEW_SAMPLES: Readonly<Record<string, () => SampleFile>> = {
  'einwohner-kreise.csv': einwohnerCsv,
  'gemeinden-windows-1252.csv': gemeindenCsv,
  'haltestellen-bom.csv': haltestellenCsv,
  'messstellen.tsv': messstellenTsv,
  'ladesaeulen.geojson': kreisePunkteGeoJson,
  'haushalt.json': haushaltJson,
  'gross-50mb.csv': grossCsv,
  'gross-3mb.json': grossJson,
  'kaputt-anfuehrung.csv': broken('Name;Wert\r\n"offen;1\r\nzwei;2\r\n', 'text/csv; charset=utf-8'),
  'kaputt.json': broken('{"titel": "abgeschnitten", "daten": [1, 2', 'application/json'),
  'kein-geojson.geojson': broken('{"type":"Topology","objects":{}}', 'application/geo+json'),
  'fehlerseite.csv': broken(
    '<!DOCTYPE html>\n<html lang="de"><head><title>Wartung</title></head><body><p>Das Portal wird gewartet.</p></body></html>\n',
    'text/csv; charset=utf-8',
  ),
};
