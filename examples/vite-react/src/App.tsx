import type {
  ActorSelectDetail,
  DatasetSelectDetail,
  EventSelectDetail,
} from '@saxon-ai/components';
import { SaxonActorMap, SaxonDatasetSearch, SaxonEventList } from '@saxon-ai/react';
import { createDirectoryClient, createOpenDataClient } from '@saxon-ai/sdk';
import { useEffect, useState } from 'react';

/** The demo API (`pnpm start` in the repository root) serves all three APIs under one origin. */
const api = (import.meta.env.VITE_SAXON_API ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const directoryUrl = `${api}/directory/v1`;
const ckanUrl = `${api}/ckan`;

const directory = createDirectoryClient({ baseUrl: directoryUrl });
const openData = createOpenDataClient({ type: 'ckan', baseUrl: ckanUrl });

interface Counts {
  actors: number;
  datasets: number;
  events: number;
}

interface Selection {
  kind: 'Datensatz' | 'Akteur' | 'Veranstaltung';
  title: string;
}

/** Totals straight from the SDK: one small request per API. */
function useCounts(): { counts?: Counts; error?: string } {
  const [state, setState] = useState<{ counts?: Counts; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([
      directory.actors.list({ limit: 1 }, { signal }),
      openData.search({ limit: 1 }, { signal }),
      directory.events.list({ limit: 1 }, { signal }),
    ]).then(
      ([actors, datasets, events]) =>
        setState({
          counts: { actors: actors.total, datasets: datasets.total, events: events.total },
        }),
      (error: unknown) => {
        if (!signal.aborted) setState({ error: String(error) });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}

const number = new Intl.NumberFormat('de-DE');

export function App() {
  const { counts, error } = useCounts();
  const [selection, setSelection] = useState<Selection>();

  const onDatasetSelect = (event: CustomEvent<DatasetSelectDetail>) =>
    setSelection({ kind: 'Datensatz', title: event.detail.dataset.title });
  const onActorSelect = (event: CustomEvent<ActorSelectDetail>) =>
    setSelection({ kind: 'Akteur', title: event.detail.actor.name });
  const onEventSelect = (event: CustomEvent<EventSelectDetail>) => {
    event.preventDefault(); // stay on this page instead of following the event's link
    setSelection({ kind: 'Veranstaltung', title: event.detail.event.title });
  };

  return (
    <main>
      <header>
        <h1>KI in Sachsen</h1>
        {error ? (
          <p role="alert">Die Zahlen konnten nicht geladen werden: {error}</p>
        ) : (
          <dl className="counts" aria-busy={!counts}>
            <div>
              <dt>Akteure</dt>
              <dd data-testid="actor-count">{counts ? number.format(counts.actors) : '…'}</dd>
            </div>
            <div>
              <dt>Offene Datensätze</dt>
              <dd data-testid="dataset-count">{counts ? number.format(counts.datasets) : '…'}</dd>
            </div>
            <div>
              <dt>Anstehende Veranstaltungen</dt>
              <dd data-testid="event-count">{counts ? number.format(counts.events) : '…'}</dd>
            </div>
          </dl>
        )}
        <p className="selection" aria-live="polite" data-testid="selection">
          {selection
            ? `Zuletzt ausgewählt: ${selection.kind} „${selection.title}“`
            : 'Noch nichts ausgewählt.'}
        </p>
      </header>

      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">Offene Daten</h2>
        <SaxonDatasetSearch
          apiType="ckan"
          apiUrl={ckanUrl}
          pageSize={5}
          headingLevel={3}
          onSaxonDatasetSelect={onDatasetSelect}
        />
      </section>

      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Akteure</h2>
        <SaxonActorMap apiUrl={directoryUrl} onSaxonActorSelect={onActorSelect} />
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Veranstaltungen</h2>
        <SaxonEventList
          apiUrl={directoryUrl}
          limit={5}
          layout="cards"
          onSaxonEventSelect={onEventSelect}
        />
      </section>
    </main>
  );
}
