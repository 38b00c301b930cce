import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { consensus, dispersion, suggestAgreedValue } from '../../../../core/maturity/multi-rater';
import { LevelSelect } from '../LevelSelect/LevelSelect';
import { levelText, parseRatingValue, ratingText } from '../rating-options';
import type { WriteOutcome } from '../useMeasurement';
import type { Draft, RatingRowProps } from './RatingRow.types';
import { ReadOnlyRating } from './ReadOnlyRating';
import { useRatingRowStyles } from './RatingRow.styles';

type MultiRaterPartProps = RatingRowProps & {
  readonly multi: NonNullable<RatingRowProps['multi']>;
  readonly draft: Draft;
  readonly setDraft: (draft: Draft) => void;
  readonly run: (write: () => Promise<WriteOutcome>) => Promise<void>;
};

/** Multi-rater mode: my own rating, the panel's dispersion, the agreed rating and any dissent. */
export function MultiRaterPart(props: MultiRaterPartProps): JSX.Element {
  const { access, draft, language, multi, rating, run, setDraft } = props;
  const intl = useIntl();
  const styles = useRatingRowStyles();
  const spread = dispersion(multi.individual.map((r) => r.value));
  const agreement = consensus(spread);
  const suggestion = suggestAgreedValue(spread);
  const summary =
    spread.ratedCount + spread.notApplicableCount === 0
      ? intl.formatMessage({ id: 'measure.multi.noOpinion' })
      : [
          spread.ratedCount > 0
            ? intl.formatMessage(
                { id: 'measure.multi.dispersion' },
                {
                  count: spread.ratedCount,
                  min: levelText(intl, spread.min),
                  max: levelText(intl, spread.max),
                  range: levelText(intl, spread.range),
                },
              )
            : null,
          spread.notApplicableCount > 0
            ? intl.formatMessage(
                { id: 'measure.multi.notApplicable' },
                { count: spread.notApplicableCount },
              )
            : null,
          agreement === null
            ? null
            : intl.formatMessage({ id: `measure.multi.consensus.${agreement}` }),
          suggestion === null
            ? null
            : intl.formatMessage(
                { id: 'measure.multi.suggested' },
                { value: ratingText(suggestion, language) },
              ),
        ]
          .filter((part) => part !== null)
          .join(' · ');

  return (
    <>
      {access === 'edit' && (
        <LevelSelect
          label={intl.formatMessage({ id: 'measure.multi.yours' })}
          language={language}
          scale="rating"
          value={multi.mine === null ? '' : String(multi.mine)}
          onChange={(raw) => {
            const value = parseRatingValue(raw);
            if (value !== null) void run(() => props.onRateIndividually(value));
          }}
        />
      )}
      <Text className={styles.wide} role="status">
        {summary}
      </Text>
      {access === 'edit' ? (
        <>
          <LevelSelect
            label={intl.formatMessage({ id: 'measure.multi.agreed' })}
            language={language}
            scale="rating"
            value={draft.value}
            onChange={(value) => {
              setDraft({ ...draft, value });
            }}
          />
          <Field label={intl.formatMessage({ id: 'measure.multi.dissent' })}>
            <Textarea
              value={draft.dissent}
              onChange={(_, data) => {
                setDraft({ ...draft, dissent: data.value });
              }}
            />
          </Field>
          <div className={styles.footer}>
            <Button
              disabled={draft.value === ''}
              onClick={() => {
                const value = parseRatingValue(draft.value);
                if (value !== null) void run(() => props.onAgree(value, draft.dissent));
              }}
            >
              {intl.formatMessage({ id: 'measure.multi.record' })}
            </Button>
          </div>
        </>
      ) : (
        <ReadOnlyRating rating={rating?.value} language={language} />
      )}
    </>
  );
}
