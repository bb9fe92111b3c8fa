// GetCapabilities answers of the demo's map services: a WMS 1.3.0 with one layer and a WFS 2.0.0
// with one feature type, covering the dataset's Kreis (or Saxony). Enough for a GIS client to list
// the layer; the demo does not render maps or features.

import type { DemoDataset } from '../types.ts';
import type { DemoTable } from './table.ts';
import { escapeXml } from './text-formats.ts';

function bounds(table: DemoTable): [number, number, number, number] {
  const xs = table.points.map(([x]) => x);
  const ys = table.points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function toCapabilities(
  service: 'WMS' | 'WFS',
  dataset: DemoDataset,
  table: DemoTable,
): string {
  const title = escapeXml(dataset.title);
  const name = escapeXml(dataset.name);
  const note = escapeXml('Demodienst von @saxon-ai/demo-api – erfundene Daten, nicht amtlich.');
  const [west, south, east, north] = bounds(table);
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  if (service === 'WMS') {
    return `${head}
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms">
  <Service><Name>WMS</Name><Title>${title}</Title><Abstract>${note}</Abstract></Service>
  <Capability>
    <Request><GetCapabilities><Format>text/xml</Format></GetCapabilities></Request>
    <Exception><Format>XML</Format></Exception>
    <Layer queryable="0">
      <Name>${name}</Name><Title>${title}</Title><CRS>EPSG:4326</CRS>
      <EX_GeographicBoundingBox><westBoundLongitude>${west}</westBoundLongitude><eastBoundLongitude>${east}</eastBoundLongitude><southBoundLatitude>${south}</southBoundLatitude><northBoundLatitude>${north}</northBoundLatitude></EX_GeographicBoundingBox>
    </Layer>
  </Capability>
</WMS_Capabilities>
`;
  }
  return `${head}
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1">
  <ows:ServiceIdentification><ows:Title>${title}</ows:Title><ows:Abstract>${note}</ows:Abstract><ows:ServiceType>WFS</ows:ServiceType><ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <wfs:FeatureTypeList>
    <wfs:FeatureType>
      <wfs:Name>${name}</wfs:Name><wfs:Title>${title}</wfs:Title><wfs:DefaultCRS>urn:ogc:def:crs:EPSG::4326</wfs:DefaultCRS>
      <ows:WGS84BoundingBox><ows:LowerCorner>${west} ${south}</ows:LowerCorner><ows:UpperCorner>${east} ${north}</ows:UpperCorner></ows:WGS84BoundingBox>
    </wfs:FeatureType>
  </wfs:FeatureTypeList>
</wfs:WFS_Capabilities>
`;
}
