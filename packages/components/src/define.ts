// Side-effect entry (`@saxon-ai/components/define`, and the CDN's saxon-widgets.js): registers every
// element of the package, each guarded, so loading it twice is harmless.
// A new widget adds one line here: `import './<widget>/define.js';`.
import { defineSharedElements } from './shared/define-shared.js';
import './actor-map/define.js';
import './dataset-search/define.js';
import './entry-form/define.js';
import './event-list/define.js';
import './topic-list/define.js';

defineSharedElements();
