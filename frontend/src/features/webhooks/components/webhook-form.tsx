import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, fieldError, LoadError } from '@/components/error-summary';
import { Textarea, TextInput } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { useCreateWebhook, useWebhookEventTypes, type Webhook, type WebhookRequest } from '../api/webhooks';
import { EventTypeCheckboxes } from './event-type-checkboxes';
import { SigningSecret } from './signing-secret';

export interface WebhookFormValues {
  url: string;
  eventTypes: string[];
  description: string;
}

export const EMPTY_WEBHOOK: WebhookFormValues = { url: '', eventTypes: [], description: '' };

/** Request field -> the input that edits it, for the error summary's links. */
const FIELDS = { url: 'webhook-url', eventTypes: 'webhook-event-types', description: 'webhook-description' };

export function webhookRequest(values: WebhookFormValues): WebhookRequest {
  return {
    url: values.url.trim(),
    eventTypes: values.eventTypes,
    description: values.description.trim() || undefined,
  };
}

/** Adds a subscription; once made, its secret is shown here, once. */
export function AddWebhookForm() {
  const catalogue = useWebhookEventTypes();
  const create = useCreateWebhook();
  const [values, setValues] = useState<WebhookFormValues>(EMPTY_WEBHOOK);
  const [created, setCreated] = useState<Webhook>();
  const set = (change: Partial<WebhookFormValues>) => setValues((v) => ({ ...v, ...change }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(undefined);
    create.mutate(webhookRequest(values), {
      onSuccess: (webhook) => {
        setCreated(webhook);
        setValues(EMPTY_WEBHOOK);
      },
    });
  };

  return (
    <>
      {created?.secret && (
        <>
          <SigningSecret heading={`Webhook added: its signing secret`} secret={created.secret} />
          <p>
            <Link to={`/webhooks/${created.id}`}>
              Open the webhook<span className="nhsuk-u-visually-hidden"> to {created.url}</span>
            </Link>
          </p>
        </>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="add-webhook">
        <h2 id="add-webhook">Add a webhook</h2>
        <ErrorSummary error={create.error} fields={FIELDS} />
        <TextInput
          id={FIELDS.url}
          label="URL"
          hint="Where Tandem POSTs each event: an https address your system answers with a 2xx status."
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={values.url}
          onChange={(url) => set({ url })}
          error={fieldError(create.error, 'url')}
        />
        {catalogue.isPending && <Loading what="Loading the event types" />}
        {catalogue.isError && <LoadError error={catalogue.error} what="the event types" />}
        {catalogue.data && (
          <EventTypeCheckboxes
            id={FIELDS.eventTypes}
            catalogue={catalogue.data}
            selected={values.eventTypes}
            onChange={(eventTypes) => set({ eventTypes })}
            error={fieldError(create.error, 'eventTypes')}
          />
        )}
        <Textarea
          id={FIELDS.description}
          label="Description (optional)"
          hint="What receives the events, so others in your organisation know: “Our case management system”."
          rows={2}
          value={values.description}
          onChange={(description) => set({ description })}
          error={fieldError(create.error, 'description')}
        />
        <button className="nhsuk-button" type="submit" disabled={create.isPending}>
          Add webhook
        </button>
      </form>
    </>
  );
}
