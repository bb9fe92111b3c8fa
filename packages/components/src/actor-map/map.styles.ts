import { css } from 'lit';

/**
 * The map: surface, tiles, Kreise, markers, clusters, controls, consent overlay, attribution.
 * Positions are set through the CSSOM (`cssom.ts`), never as style strings, so a strict CSP is happy.
 */
export const mapStyles = css`
  .map {
    position: relative;
  }
  .surface {
    position: relative;
    height: var(--_map-height);
    /* clip, not hidden: a focused marker near the edge must never scroll the map's layers */
    overflow: clip;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: grab;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .surface:active {
    cursor: grabbing;
  }
  .surface:focus-visible {
    outline-offset: 2px;
  }
  .tiles,
  .base,
  .markers {
    position: absolute;
    inset: 0;
  }
  .base {
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .markers {
    pointer-events: none;
  }
  .tile {
    position: absolute;
    top: 0;
    left: 0;
    max-width: none;
    pointer-events: none;
  }
  .kreis {
    fill: var(--_color-surface-raised);
    stroke: var(--_color-border);
    stroke-width: 1;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .with-tiles .kreis {
    fill: none;
    stroke-width: 1.5;
  }
  .kreis.highlighted {
    fill: color-mix(in srgb, var(--_color-accent) 12%, var(--_color-surface-raised));
    stroke: var(--_color-accent);
    stroke-width: 3;
  }
  .with-tiles .kreis.highlighted {
    fill: none;
  }

  /* Saxony's border: the outlines' wide stroke, of which the Kreise cover the inner half */
  .state-border {
    fill: none;
    stroke: var(--_color-text-muted);
    stroke-width: 4;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }

  /* Place names (decorative) with a halo of the Kreis fill, so that they read over outlines */
  .places,
  .legs {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .place {
    position: absolute;
    top: 0;
    left: 0;
    line-height: 1.2;
    white-space: nowrap;
    color: var(--_color-text);
    text-shadow:
      0 0 2px var(--_color-surface-raised),
      0 0 2px var(--_color-surface-raised),
      0 0 3px var(--_color-surface-raised),
      0 0 4px var(--_color-surface-raised);
  }
  .place .line {
    display: block;
  }
  .place.city-name {
    font-size: 0.9375em;
    font-weight: 700;
  }
  .place.town-name {
    font-size: 0.8125em;
  }
  .place.kreis-name {
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-align: center;
    text-transform: uppercase;
    color: var(--_color-text-muted);
  }
  .place-dot {
    position: absolute;
    top: 0;
    left: 0;
    width: 6px;
    height: 6px;
    margin: -3px 0 0 -3px;
    border-radius: 50%;
    background: var(--_color-text);
    box-shadow: 0 0 0 1.5px var(--_color-surface-raised);
  }
  .place-dot.city-name {
    width: 8px;
    height: 8px;
    margin: -4px 0 0 -4px;
  }
  .with-tiles .places {
    display: none;
  }
  /* Actors at one place, spread out: a line from the place to each */
  .legs line {
    stroke: var(--_color-text);
    stroke-width: 1.5;
  }
  .cluster.spread {
    --_size: 22px;
    border-style: dashed;
  }

  /* Markers and clusters: buttons, centred on their point by negative margins */
  .marker,
  .cluster {
    position: absolute;
    top: 0;
    left: 0;
    display: grid;
    place-items: center;
    padding: 0;
    pointer-events: auto;
    cursor: pointer;
  }
  .marker {
    width: 28px;
    height: 28px;
    margin: -14px 0 0 -14px;
    border: 0;
    border-radius: 50%;
    background: transparent;
  }
  .marker .icon {
    width: 24px;
    height: 24px;
  }
  .marker .shape {
    stroke-width: 2;
  }
  .marker.selected {
    z-index: 1;
    box-shadow:
      0 0 0 2px var(--_color-surface),
      0 0 0 4px var(--_color-text);
  }
  .cluster {
    --_size: 30px;
    width: var(--_size);
    height: var(--_size);
    margin: calc(var(--_size) / -2) 0 0 calc(var(--_size) / -2);
    border: 2px solid var(--_color-accent);
    border-radius: 50%;
    background: var(--_color-surface);
    box-shadow: 0 0 0 2px var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.8125rem;
    font-weight: bold;
  }
  .cluster.size-m {
    --_size: 36px;
  }
  .cluster.size-l {
    --_size: 42px;
  }
  .cluster.size-xl {
    --_size: 50px;
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    z-index: 3;
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .tip {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .marker:hover .tip,
  .marker:focus-visible .tip,
  .cluster:hover .tip,
  .cluster:focus-visible .tip {
    bottom: calc(100% + 6px);
    left: 50%;
    z-index: 4;
    width: auto;
    height: auto;
    padding: 0.15em 0.5em;
    overflow: visible;
    clip-path: none;
    transform: translateX(-50%);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.8125rem;
    font-weight: normal;
    pointer-events: none;
  }

  /* Controls, consent, attribution */
  .controls {
    position: absolute;
    z-index: 4;
    top: 0.5rem;
    left: 0.5rem;
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 4px;
  }
  .control {
    display: grid;
    place-items: center;
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
  }
  .control svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: currentColor;
  }
  .control.text {
    padding: 0 0.6em;
    font-size: 0.8125rem;
  }
  .control[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: default;
  }
  .consent {
    position: absolute;
    z-index: 4;
    right: 0.5rem;
    bottom: 2rem;
    left: 0.5rem;
    display: grid;
    gap: 0.5em;
    max-width: 34rem;
    margin-inline: auto;
    padding: 0.75em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.15);
  }
  .consent-text {
    margin: 0;
  }
  .consent-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: end;
    gap: 0.5em 1em;
  }
  .remember {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: normal;
  }
  /* "Wird geladen …" while the Kreis outlines load; the error and its retry if they failed */
  .outlines-status {
    position: absolute;
    z-index: 4;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    max-width: calc(100% - 4rem);
    margin: 0;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.8125rem;
  }
  .attribution {
    position: absolute;
    z-index: 4;
    right: 1px;
    bottom: 1px;
    max-width: calc(100% - 2px);
    margin: 0;
    padding: 0.1em 0.5em;
    border-top-left-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.75rem;
  }

  /* On a phone the attribution would cover the south of Saxony: it goes below the map; the zoom
     buttons go in a row to the bottom right, where Bohemia leaves the map empty, instead of over
     Leipzig in the west */
  @container (max-width: 30rem) {
    .controls {
      /* from the top: the attribution below the surface belongs to .map as well */
      top: calc(var(--_map-height) - 3rem);
      right: 0.5rem;
      left: auto;
      flex-direction: row;
      align-items: end;
    }
    .attribution {
      position: static;
      max-width: none;
      padding: 0.25em 0 0;
      background: none;
      color: var(--_color-text-muted);
    }
  }

  @media (forced-colors: active) {
    .base,
    .cluster {
      forced-color-adjust: none;
    }
    .kreis {
      fill: Canvas;
      stroke: CanvasText;
    }
    .with-tiles .kreis {
      fill: none;
    }
    .kreis.highlighted {
      stroke: Highlight;
    }
    .state-border,
    .legs line {
      stroke: CanvasText;
    }
    .places {
      forced-color-adjust: none;
    }
    .place {
      color: CanvasText;
      text-shadow:
        0 0 2px Canvas,
        0 0 2px Canvas,
        0 0 3px Canvas;
    }
    .place-dot {
      background: CanvasText;
      box-shadow: 0 0 0 1.5px Canvas;
    }
    .cluster {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .marker.selected {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    .marker:focus-visible,
    .cluster:focus-visible {
      outline-color: Highlight;
    }
  }
`;
