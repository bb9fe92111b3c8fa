import { html } from 'lit';
import type { ConsoleHost } from '../host.js';

export interface SignInOptions {
  checking: boolean;
  onSubmit(token: string): void;
}

/** The token form. The token goes from the field to sessionStorage, never into a URL. */
export function renderSignIn(host: ConsoleHost, options: SignInOptions) {
  const t = host.t.bind(host);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    options.onSubmit(field.value);
  };
  return html`
    <h1 tabindex="-1">${t('signIn.heading')}</h1>
    <p id="sign-in-intro">${t('signIn.intro')}</p>
    <form class="panel" @submit=${submit} aria-describedby="sign-in-intro">
      <div class="field">
        <label for="token">${t('signIn.token')}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          spellcheck="false"
        />
      </div>
      <button type="submit" class="primary" aria-disabled=${options.checking ? 'true' : 'false'}>
        ${t('signIn.submit')}
      </button>
    </form>
  `;
}
