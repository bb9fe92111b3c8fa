// The entry form's chunk of saxon-widgets.js (named after it in chunks/): registers <saxon-entry-form>.
import '../../entry-form/define.js';
