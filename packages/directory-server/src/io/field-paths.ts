// Where each field reader's field lives in an input document (an API body or a submission's
// `data`), so both name an error by the same dotted path the client sent.
import type { FieldKey } from './fields.js';

export const ACTOR_PATHS: Partial<Record<FieldKey, string>> = {
  street: 'address.street',
  postalCode: 'address.postalCode',
  city: 'address.city',
  ags: 'address.ags',
  lat: 'location.lat',
  lon: 'location.lon',
  precision: 'location.precision',
};

export const EVENT_PATHS: Partial<Record<FieldKey, string>> = {
  venue: 'location.name',
  address: 'location.address',
  city: 'location.city',
  lat: 'location.lat',
  lon: 'location.lon',
  organizerIds: 'organizers',
};
