import { Field, Link, Select, Text, Textarea } from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { MATURITY_LEVELS, type Rating } from '../../../../core/maturity/maturity.types';
import type { DomainError } from '../../../../core/shared/result';
import { routeHref } from '../../../navigation/routes';
import {
  parseRatingValue,
  parseTarget,
  RATING_CHOICES,
  ratingMeaning,
  ratingText,
} from '../rating-options';
import type { WriteOutcome } from '../useMeasurement';
import type { Draft, RatingRowProps } from './RatingRow.types';
import { MultiRaterPart } from './MultiRaterPart';
import { ReadOnlyRating } from './ReadOnlyRating';
import { useRatingRowStyles } from './RatingRow.styles';

type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly error: DomainError };

function draftOf(rating: Rating | undefined): Draft {
  return {
    value: rating === undefined ? '' : String(rating.value),
    target: rating?.target === null || rating === undefined ? '' : String(rating.target),
    note: rating?.evidenceNote ?? '',
    links: rating?.evidenceLinks.join('\n') ?? '',
    dissent: rating?.dissent ?? '',
  };
}

function splitLinks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One catalogue element of the rating grid: its rating, target and evidence, saved as you go. */
export function RatingRow(props: RatingRowProps): JSX.Element {
  const { element, access, language, multi, rating, errorText } = props;
  const intl = useIntl();
  const styles = useRatingRowStyles();
  const legendId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(rating?.value));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  // A fresh copy from the store (after a reload) replaces the draft, unless a failed save is
  // waiting to be retried: what the person typed is never thrown away silently.
  // (State adjusted while rendering, as React recommends over an effect.)
  const etag = rating?.etag;
  const [seenEtag, setSeenEtag] = useState(etag);
  if (etag !== seenEtag) {
    setSeenEtag(etag);
    if (status.kind !== 'failed') setDraft(draftOf(rating?.value));
  }

  const run = async (write: () => Promise<WriteOutcome>): Promise<void> => {
    setStatus({ kind: 'saving' });
    const outcome = await write();
    setStatus(outcome.kind === 'saved' ? { kind: 'saved' } : outcome);
  };

  const saveRating = (next: Draft): void => {
    const value = parseRatingValue(next.value);
    if (value === null) return;
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
          <Field
            label={intl.formatMessage({ id: 'measure.element.rating' })}
            hint={ratingMeaning(parseRatingValue(draft.value), language)}
          >
            <Select
              value={draft.value}
              onChange={(_, data) => {
                const next = { ...draft, value: data.value };
                setDraft(next);
                saveRating(next);
              }}
            >
              {draft.value === '' && (
                <option value="">{intl.formatMessage({ id: 'measure.element.notRated' })}</option>
              )}
              {RATING_CHOICES.map((choice) => (
                <option key={choice} value={String(choice)}>
                  {ratingText(choice, language)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={intl.formatMessage({ id: 'measure.element.target' })}>
            <Select
              value={draft.target}
              disabled={draft.value === ''}
              onChange={(_, data) => {
                const next = { ...draft, target: data.value };
                setDraft(next);
                saveRating(next);
              }}
            >
              <option value="">{intl.formatMessage({ id: 'measure.element.noTarget' })}</option>
              {MATURITY_LEVELS.map((level) => (
                <option key={level} value={String(level)}>
                  {ratingText(level, language)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={intl.formatMessage({ id: 'measure.element.note' })}>
            <Textarea
              value={draft.note}
              disabled={draft.value === ''}
              onChange={(_, data) => {
                setDraft({ ...draft, note: data.value });
              }}
              onBlur={() => {
                if (draft.note !== (current?.evidenceNote ?? '')) saveRating(draft);
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
                if (draft.links !== (current?.evidenceLinks.join('\n') ?? '')) saveRating(draft);
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
