// The floor of the "1,000 events rendered" figure: a Lit element that renders the same markup as
// <saxon-event-list> — the same elements, attributes, parts and nesting of templates, the same
// keyed `repeat` with `guard`, text as `.textContent`, the topics as one fragment — straight from
// the answer's strings: no answer check, no date formatting, no Markdown, no calendar links, no
// translations, no JSON-LD. It registers as `saxon-event-list` on a page of its own, so the bench
// measures it exactly as the widget (bench/browser.mjs, served under /cdn-floor/). Bundled with
// esbuild for the run; never shipped.
import { LitElement, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

function topics(event) {
  const items = document.createDocumentFragment();
  for (const topic of event.topics) {
    const item = items.appendChild(document.createElement('li'));
    item.className = 'topic';
    item.setAttribute('part', 'topic');
    item.textContent = topic;
  }
  return items;
}

// prettier-ignore
const item = (event) => html`<li class="event status-${event.status}" part="event"
    data-event-id=${event.id} tabindex="-1"
    ><h4 class="title" part="title">${html`<a class="title-link" part="title-link"
      href=${event.url ?? nothing} .textContent=${event.title}></a>`}</h4><p class="when"
      part="date"><time datetime=${event.start} .textContent=${event.start}></time>${
        event.end ? html`${' – '}<time datetime=${event.end} .textContent=${event.end}></time>` : nothing
      }</p><p class="where" part="place">${
        event.location ? html`<span class="place-text" .textContent=${event.location.name}></span> ` : nothing
      }<span class="badge mode-${event.attendanceMode}" part="attendance"
        .textContent=${event.attendanceMode}></span></p>${
      event.description
        ? html`<p class="description" part="description" .textContent=${event.description}></p>`
        : nothing
    }${
      event.organizers.length
        ? html`<p class="organizers" part="organizers"
            .textContent=${event.organizers.map((o) => o.name).join(', ')}></p>`
        : nothing
    }${
      event.topics.length
        ? html`<ul class="topics" part="topics" aria-label="Themen">${topics(event)}</ul>`
        : nothing
    }<p class="actions" part="actions">${html`<a class="action" part="ical-link"
        href=${`/events/${event.id}.ics`} download=${`${event.id}.ics`}
        >${'In den Kalender'}<span class="visually-hidden" .textContent=${`: ${event.title}`}></span
      ></a> <a class="action" part="google-calendar-link" href=${event.url ?? ''}
        >${'Google Kalender'}<span class="visually-hidden" .textContent=${`: ${event.title}`}></span
      ></a><a class="action" part="outlook-calendar-link" href=${event.url ?? ''}
        >${'Outlook'}<span class="visually-hidden" .textContent=${`: ${event.title}`}></span></a>`} ${
        event.registrationUrl
          ? html`<a class="action" part="registration-link" href=${event.registrationUrl}
              >${'Anmeldung'}<span class="visually-hidden" .textContent=${` ${event.title}`}></span></a>`
          : nothing
      }</p></li>`;

class FloorEventList extends LitElement {
  static properties = { events: { state: true } };

  constructor() {
    super();
    this.events = [];
    this.total = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    const api = this.getAttribute('api-url');
    const limit = this.getAttribute('limit');
    const answer = await (
      await fetch(`${api}/events?limit=${limit}&offset=${this.events.length}`)
    ).json();
    this.total = answer.total;
    this.events = [...this.events, ...answer.items];
  }

  render() {
    return html`<div class="events" part="list" role="region" aria-label="Veranstaltungen">
        <ul class="month-events" part="events">
          ${repeat(
            this.events,
            (event) => event.id,
            (event) => guard([event], () => item(event)),
          )}
        </ul>
      </div>
      ${
        this.events.length < this.total
          ? html`<button part="more-button" @click=${() => this.load()}>Weitere laden</button>`
          : nothing
      }`;
  }
}

customElements.define('saxon-event-list', FloorEventList);
