import { Field, Link, Text, Textarea } from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { Rating } from '../../../../core/maturity/maturity.types';
import { routeHref } from '../../../navigation/routes';
import { LevelSelect } from '../LevelSelect/LevelSelect';
import { parseRatingValue, parseTarget } from '../rating-options';
import type { WriteOutcome } from '../useMeasurement';
import type { Draft, RatingRowProps } from './RatingRow.types';
import { MultiRaterPart } from './MultiRaterPart';
import { ReadOnlyRating } from './ReadOnlyRating';
import { useRatingRowStyles } from './RatingRow.styles';

type RowStatus = { readonly kind: 'idle' } | { readonly kind: 'saving' } | WriteOutcome;

function draftOf(rating: Rating | undefined): Draft {
  return {
    value: rating === undefined ? '' : String(rating.value),
    target: rating?.target === null || rating === undefined ? '' : String(rating.target),
    note: rating?.evidenceNote ?? '',
    links: rating?.evidenceLinks.join('\n') ?? '',
    dissent: rating?.dissent ?? '',
  };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return (
    a.value === b.value &&
    a.target === b.target &&
    a.note === b.note &&
    a.links === b.links &&
    a.dissent === b.dissent
  );
}

function splitLinks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One catalogue element of the rating grid: its rating, target and evidence, saved as you go. */
export function RatingRow(props: RatingRowProps): JSX.Element {
  const { element, access, language, multi, rating, pending, errorText } = props;
  const intl = useIntl();
  const styles = useRatingRowStyles();
  const legendId = useId();
  // An edit kept on this device (offline, refused, before a reload) is what the person last saw.
  const [draft, setDraft] = useState<Draft>(() => draftOf(pending ?? rating?.value));
  const [status, setStatus] = useState<RowStatus>({ kind: 'idle' });
  // What the row last sent (or showed first): typing since then is never overwritten.
  const [sent, setSent] = useState<Draft>(draft);

  // A new version from the store (our save, their version kept in a conflict, a reload) replaces
  // the draft unless the person typed since the last save or an edit of theirs is still kept.
  // (State adjusted while rendering, as React recommends over an effect.)
  const etag = rating?.etag;
  const [seenEtag, setSeenEtag] = useState(etag);
  if (etag !== seenEtag) {
    setSeenEtag(etag);
    if (pending === undefined && sameDraft(draft, sent)) {
      const fresh = draftOf(rating?.value);
      setDraft(fresh);
      setSent(fresh);
      // The kept edit has been stored since (retried, or its conflict resolved).
      if (status.kind === 'kept') setStatus({ kind: 'saved' });
    }
  }

  const run = async (write: () => Promise<WriteOutcome>): Promise<void> => {
    setStatus({ kind: 'saving' });
    setStatus(await write());
  };

  const saveRating = (next: Draft): void => {
    const value = parseRatingValue(next.value);
    if (value === null) return;
    setSent(next);
    void run(() =>
      props.onRate({
        value,
        target: parseTarget(next.target),
        evidenceNote: next.note,
        evidenceLinks: splitLinks(next.links),
      }),
    );
  };

  const current = rating?.value;
  const label = element.label[language];

  return (
    <fieldset className={styles.root} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {label}
      </legend>
      <Text className={styles.wide} size={200}>
        {element.description[language]}
      </Text>
      {multi !== null && (
        <MultiRaterPart {...props} multi={multi} draft={draft} setDraft={setDraft} run={run} />
      )}
      {access === 'edit' && multi === null && (
        <>
          <LevelSelect
            label={intl.formatMessage({ id: 'measure.element.rating' })}
            language={language}
            scale="rating"
            value={draft.value}
            onChange={(value) => {
              const next = { ...draft, value };
              setDraft(next);
              saveRating(next);
            }}
          />
          <LevelSelect
            label={intl.formatMessage({ id: 'measure.element.target' })}
            language={language}
            scale="target"
            value={draft.target}
            disabled={draft.value === ''}
            onChange={(target) => {
              const next = { ...draft, target };
              setDraft(next);
              saveRating(next);
            }}
          />
          <Field label={intl.formatMessage({ id: 'measure.element.note' })}>
            <Textarea
              value={draft.note}
              disabled={draft.value === ''}
              onChange={(_, data) => {
                setDraft({ ...draft, note: data.value });
              }}
              onBlur={() => {
                if (draft.note !== sent.note) saveRating(draft);
              }}
            />
          </Field>
          <Field label={intl.formatMessage({ id: 'measure.element.links' })}>
            <Textarea
              value={draft.links}
              disabled={draft.value === ''}
              onChange={(_, data) => {
                setDraft({ ...draft, links: data.value });
              }}
              onBlur={() => {
                if (draft.links !== sent.links) saveRating(draft);
              }}
            />
          </Field>
        </>
      )}
      {access === 'read' && multi === null && (
        <ReadOnlyRating rating={current} language={language} />
      )}
      <div className={styles.footer}>
        {rating !== undefined && (
          <Link
            href={routeHref({ name: 'history', list: 'rating', itemId: rating.id })}
            aria-label={intl.formatMessage({ id: 'measure.element.history' }, { element: label })}
          >
            {intl.formatMessage({ id: 'page.history.title' })}
          </Link>
        )}
        <div aria-live="polite">
          {status.kind === 'saving' && (
            <Text size={200}>{intl.formatMessage({ id: 'measure.element.saving' })}</Text>
          )}
          {status.kind === 'saved' && (
            <Text size={200}>{intl.formatMessage({ id: 'measure.element.saved' })}</Text>
          )}
          {status.kind === 'kept' && (
            <Text size={200}>{intl.formatMessage({ id: 'measure.element.kept' })}</Text>
          )}
          {status.kind === 'not-saved' && (
            <Text size={200}>{intl.formatMessage({ id: 'measure.element.notSaved' })}</Text>
          )}
        </div>
        {status.kind === 'failed' && (
          <Text role="alert" size={200}>
            {errorText(status.error)}
          </Text>
        )}
      </div>
    </fieldset>
  );
}
RatingRow.displayName = 'RatingRow';
