import { css } from 'lit';

/** Styles of the composite fields (location, topics, dates) inside the form's shadow root. */
export const entryFieldsStyles = css`
  .date-row,
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .date-row > .field {
    flex: 1 1 10rem;
  }
  .municipality-found:empty,
  .picker-status:empty {
    display: none;
  }
  .municipality-found,
  .picker-status,
  .point-summary,
  .topic-count {
    margin: 0;
  }
  .source {
    font-size: 0.875em;
  }
  .topic-options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .topic-filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-width: 24rem;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .picker-surface {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    cursor: crosshair;
  }
  .picker-surface:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .picker-map {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
  }
  .picker-map .kreis {
    fill: var(--_color-surface);
    stroke: var(--_color-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .picker-map .kreis.here {
    fill: color-mix(in srgb, var(--_color-accent) 14%, var(--_color-surface));
  }
  .picker-map .crosshair {
    fill: none;
    stroke: var(--_color-danger);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .picker-map .current {
    fill: var(--_color-accent);
  }
  .picker-readout {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .picker-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .picker-map .kreis {
      fill: Canvas;
      stroke: CanvasText;
    }
    .picker-map .kreis.here {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 2px;
    }
    .picker-map .crosshair {
      stroke: Highlight;
    }
    .picker-map .current {
      fill: LinkText;
    }
    .picker-surface:focus-visible {
      outline-color: Highlight;
    }
  }
`;
