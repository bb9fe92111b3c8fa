import type { Plugin } from 'esbuild';

export declare function compactCss(text: string): string;
export declare function compactCssTemplates(source: string): string;
export declare const cssWhitespace: () => Plugin;
