import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cspServerLines } from './csp.js';
import { cspSource, dataAddresses, type EmbedOptions } from './embed-options.js';
import { configuratorStyles } from './embed-configurator.styles.js';
import type { AttributeSpec, WidgetSpec } from './manifest-controls.js';
import { attributeControl } from './attribute-control.view.js';
import { messagesFor } from './configurator-texts.js';
import { privacyNotice, type NoticeLanguage } from './privacy-notice.js';
import { TARGETS, htmlSnippet, typoScript, type Target } from './snippets.js';

/** Attribute values a widget starts with in the configurator (e.g. the demo's API addresses). */
export type Presets = Record<string, Record<string, string | true>>;

/**
 * The embed configurator of the Musterstadt site (not a published widget): pick a widget, set its
 * attributes with controls made from the custom-elements manifest, see it live, and copy the
 * snippet for the site's CMS, the CSP header it needs and a privacy-notice text.
 */
export class EmbedConfigurator extends LitElement {
  static override styles = configuratorStyles;

  /** The widgets and their attributes (see `widgetsFromManifest`). */
  widgets: WidgetSpec[] = [];
  presets: Presets = {};
  /** Where the site serves the script-tag files; `integrity.json` is read from there. */
  scriptBase = '/cdn/';

  @state() private tag = '';
  @state() private values: Record<string, string | true> = {};
  @state() private base = '';
  @state() private withIntegrity = true;
  @state() private hashes: Record<string, string> | undefined;
  @state() private fallback = { href: '', text: '' };
  @state() private target: Target = 'html';
  @state() private noticeLanguage: NoticeLanguage = 'de';
  @state() private announcement = '';

  private get t() {
    return messagesFor(this.closest('[lang]')?.getAttribute('lang') ?? 'de');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.base ||= this.scriptBase;
    this.noticeLanguage = this.t === messagesFor('en') ? 'en' : 'de';
    if (!this.tag && this.widgets[0]) this.choose(this.widgets[0].tag);
    void this.loadHashes();
  }

  /** The hashes of this version's files; without them the snippet simply has no `integrity`. */
  private async loadHashes() {
    try {
      const answer = await fetch(
        new URL('integrity.json', new URL(this.scriptBase, location.href)),
      );
      if (!answer.ok) throw new Error(String(answer.status));
      this.hashes = ((await answer.json()) as { files: Record<string, string> }).files;
    } catch {
      this.hashes = {};
    }
  }

  private choose(tag: string) {
    this.tag = tag;
    this.values = { ...this.presets[tag] };
  }

  /** The options the form describes, attributes in manifest order. */
  get options(): EmbedOptions {
    const spec = this.widgets.find((widget) => widget.tag === this.tag);
    const attributes = (spec?.attributes ?? [])
      .filter(({ name }) => this.values[name] !== undefined && this.values[name] !== '')
      .map(({ name }): [string, string | true] => [name, this.values[name]!]);
    const integrity = this.withIntegrity ? (this.hashes?.[`${this.tag}.js`] ?? '') : '';
    return { tag: this.tag, attributes, scriptBase: this.base, integrity };
  }

  private setValue(name: string, value: string | true | undefined) {
    const values = { ...this.values };
    if (value === undefined || value === '') delete values[name];
    else values[name] = value;
    this.values = values;
  }

  /** Copies `text`; says so in the live region (cleared first, so a second copy is announced too). */
  private async copy(what: string, text: string, event: Event) {
    const button = event.currentTarget as HTMLElement;
    this.announcement = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = this.t.copied(what);
    } catch {
      // No clipboard (permission refused, insecure page): select the text for Ctrl+C instead.
      const block = button.previousElementSibling;
      if (block) getSelection()?.selectAllChildren(block);
      this.announcement = this.t.copyFailed(what);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const options = this.options;
    const key = JSON.stringify([options.tag, options.attributes]);
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!preview || preview.dataset['key'] === key || !changed.size) return;
    preview.dataset['key'] = key;
    // A fresh element per change: widgets read some attributes once, as a page's first load does.
    const widget = document.createElement(options.tag);
    for (const [name, value] of options.attributes)
      if (name !== 'sync-url') widget.setAttribute(name, value === true ? '' : value);
    preview.replaceChildren(widget);
  }

  override render() {
    const t = this.t;
    const spec = this.widgets.find((widget) => widget.tag === this.tag);
    if (!spec) return html`<p>${t.noWidgets}</p>`;
    const options = this.options;
    const foreign = dataAddresses(options).some((address) => cspSource(address) !== "'self'");
    return html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${t.widgetLegend}</legend>
          <div class="field">
            <label for="widget">${t.widget}</label>
            <select id="widget" @change=${(e: Event) => this.choose(this.fieldValue(e))}>
              ${this.widgets.map(
                ({ tag }) =>
                  html`<option value=${tag} ?selected=${tag === this.tag}>${tag}</option>`,
              )}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.attributesLegend(spec.tag)}</legend>
          <div class="attributes">
            ${spec.attributes.map((attribute) => this.renderControl(attribute))}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filesLegend}</legend>
          ${this.textField('script-base', t.scriptBase, this.base, t.scriptBaseHint, (value) => {
            this.base = value;
          })}
          <div class="field check">
            <input
              id="integrity"
              type="checkbox"
              .checked=${live(this.withIntegrity)}
              aria-describedby="integrity-hint"
              @change=${(e: Event) => (this.withIntegrity = (e.target as HTMLInputElement).checked)}
            />
            <label for="integrity">${t.integrity}</label>
            <p class="hint" id="integrity-hint">
              ${
                options.integrity || !this.withIntegrity
                  ? t.integrityHint(`${spec.tag}.js`)
                  : t.integrityMissing
              }
            </p>
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.fallbackLegend}</legend>
          <p class="hint">${t.fallbackHint}</p>
          ${this.textField('fallback-href', t.fallbackHref, this.fallback.href, '', (href) => {
            this.fallback = { ...this.fallback, href };
          })}
          ${this.textField('fallback-text', t.fallbackText, this.fallback.text, '', (text) => {
            this.fallback = { ...this.fallback, text };
          })}
        </fieldset>
      </form>
      <h2>${t.preview}</h2>
      <p class="hint">${t.previewNoSync}${foreign ? html` ${t.previewForeign}` : nothing}</p>
      <div class="preview"></div>
      ${this.renderCopy(options)}
      <div class="status" id="copy-status" role="status">${this.announcement}</div>
    `;
  }

  private renderCopy(options: EmbedOptions) {
    const t = this.t;
    const notice = privacyNotice(options, this.noticeLanguage);
    return html`
      <h2>${t.copyHeading}</h2>
      <fieldset>
        <legend>${t.target}</legend>
        <div class="targets">
          ${TARGETS.map(
            (target) =>
              html`<label>
                <input
                  type="radio"
                  name="target"
                  value=${target}
                  .checked=${live(this.target === target)}
                  @change=${() => (this.target = target)}
                />
                ${t.targets[target]}
              </label>`,
          )}
        </div>
        <p class="hint">${t.targetHints[this.target]}</p>
      </fieldset>
      ${this.copyBlock('snippet', t.snippet, htmlSnippet(options, this.fallback))}
      ${
        this.target === 'typo3'
          ? this.copyBlock('typoscript', t.typoScript, typoScript(options))
          : nothing
      }
      <h3>${t.csp}</h3>
      <p class="hint">${t.cspHint}</p>
      ${cspServerLines(options).map(({ server, line }) =>
        this.copyBlock(`csp-${server.split(' ')[0]!.toLowerCase()}`, server, line, 'h4'),
      )}
      <h3>${t.privacy}</h3>
      <div class="field">
        <label for="notice-language">${t.privacyLanguage}</label>
        <select
          id="notice-language"
          @change=${(e: Event) => (this.noticeLanguage = this.fieldValue(e) as NoticeLanguage)}
        >
          ${(['de', 'en'] as const).map(
            (language) =>
              html`<option value=${language} ?selected=${language === this.noticeLanguage}>
                ${t.languages[language]}
              </option>`,
          )}
        </select>
      </div>
      <p class="hint">${t.privacyHint}</p>
      ${this.copyBlock('privacy', t.privacy, notice, 'none', this.noticeLanguage)}
    `;
  }

  /** A text to copy: its heading, the text and a button that copies it and says so. */
  private copyBlock(id: string, title: string, text: string, level = 'h4', lang?: string) {
    const heading: TemplateResult | typeof nothing =
      level === 'h4' ? html`<h4 id=${`${id}-title`}>${title}</h4>` : nothing;
    return html`
      ${heading}
      <pre id=${id} lang=${lang ?? nothing}><code>${text}</code></pre>
      <button type="button" @click=${(event: Event) => this.copy(title, text, event)}>
        ${this.t.copy(title)}
      </button>
    `;
  }

  private fieldValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  private textField(
    id: string,
    label: string,
    value: string,
    hint: string,
    set: (v: string) => void,
  ) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        .value=${live(value)}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => set(this.fieldValue(e).trim())}
      />
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  }

  private renderControl(attribute: AttributeSpec) {
    return attributeControl(attribute, this.values[attribute.name], this.t, (value) =>
      this.setValue(attribute.name, value),
    );
  }
}
