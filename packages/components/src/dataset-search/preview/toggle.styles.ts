import { css } from 'lit';

/** The preview button and the panel's place in a distribution's row (before its code arrives). */
export const previewToggleStyles = css`
  .preview-toggle {
    min-height: 2.75em;
  }
  .preview {
    flex: 1 1 100%;
    min-width: 0;
  }
  .preview-message {
    margin: 0.25em 0;
  }
`;
