// Side-effect entry: importing it registers every element of the package (guarded).
import { defineElement } from './shared/define.js';
import { SaxonSkeleton } from './shared/skeleton.js';

defineElement('saxon-skeleton', SaxonSkeleton);
