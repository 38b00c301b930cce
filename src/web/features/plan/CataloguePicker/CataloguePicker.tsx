import { Checkbox, Field, Select, Text } from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { CATALOGUE, elementsOf, findElement } from '../../../../core/catalogue/catalogue';
import {
  APPROACHES,
  IMF_FUNCTIONS,
  LAYERS,
  PILLARS,
  type Approach,
  type ElementId,
  type ImfFunction,
  type Layer,
  type Pillar,
} from '../../../../core/catalogue/catalogue.types';
import { useLocalize } from '../../../data/useLocalize';
import { useCataloguePickerStyles } from './CataloguePicker.styles';

export type CataloguePickerProps = {
  /** The group's name; set it when several pickers share a page (one per action). */
  readonly label?: string;
  readonly mode: 'edit' | 'read';
  readonly onChange: (ids: readonly ElementId[]) => void;
  readonly selected: readonly ElementId[];
};

function pick<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

/**
 * Links catalogue elements (instruments by function and layer, processes, structures) to an
 * objective. Filters are native selects and the elements checkboxes, so it works from the
 * keyboard alone; labels come from the catalogue in the current language.
 */
export function CataloguePicker({
  label,
  mode,
  onChange,
  selected,
}: CataloguePickerProps): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const styles = useCataloguePickerStyles();
  const [pillar, setPillar] = useState<Pillar | undefined>();
  const [fn, setFn] = useState<ImfFunction | undefined>();
  const [layer, setLayer] = useState<Layer | undefined>();
  const [approach, setApproach] = useState<Approach | undefined>();
  const shown = useMemo(
    () => elementsOf({ pillar, function: fn, layer, approach }),
    [pillar, fn, layer, approach],
  );
  const any = intl.formatMessage({ id: 'plan.picker.any' });
  const chosen = new Set(selected);

  if (mode === 'read') {
    const names = selected.map((id) => {
      const element = findElement(id);
      return element === undefined ? id : localize(element.label);
    });
    return (
      <Text as="p">
        {intl.formatMessage({ id: 'plan.picker.selected' }, { elements: names.join(', ') || '—' })}
      </Text>
    );
  }

  const toggle = (id: ElementId, on: boolean): void => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    // Catalogue order keeps the stored list stable whatever order boxes were ticked in.
    onChange(CATALOGUE.map((e) => e.id).filter((e) => next.includes(e)));
  };

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        {label ?? intl.formatMessage({ id: 'plan.picker.label' })}
      </legend>
      <div
        className={styles.filters}
        role="group"
        aria-label={intl.formatMessage({ id: 'plan.picker.filters' })}
      >
        <Field label={intl.formatMessage({ id: 'plan.picker.pillar' })}>
          <Select
            value={pillar ?? ''}
            onChange={(_e, d) => {
              setPillar(pick(PILLARS, d.value));
            }}
          >
            <option value="">{any}</option>
            {PILLARS.map((p) => (
              <option key={p} value={p}>
                {intl.formatMessage({ id: `plan.picker.pillar.${p}` })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={intl.formatMessage({ id: 'plan.picker.function' })}>
          <Select
            value={fn ?? ''}
            onChange={(_e, d) => {
              setFn(pick(IMF_FUNCTIONS, d.value));
            }}
          >
            <option value="">{any}</option>
            {IMF_FUNCTIONS.map((f) => (
              <option key={f} value={f}>
                {intl.formatMessage({ id: `plan.picker.function.${f}` })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={intl.formatMessage({ id: 'plan.picker.layer' })}>
          <Select
            value={layer ?? ''}
            onChange={(_e, d) => {
              setLayer(pick(LAYERS, d.value));
            }}
          >
            <option value="">{any}</option>
            {LAYERS.map((l) => (
              <option key={l} value={l}>
                {intl.formatMessage({ id: `plan.picker.layer.${l}` })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={intl.formatMessage({ id: 'plan.picker.approach' })}>
          <Select
            value={approach ?? ''}
            onChange={(_e, d) => {
              setApproach(pick(APPROACHES, d.value));
            }}
          >
            <option value="">{any}</option>
            {APPROACHES.map((a) => (
              <option key={a} value={a}>
                {intl.formatMessage({ id: `plan.picker.approach.${a}` })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" aria-live="polite">
        {intl.formatMessage(
          { id: 'plan.picker.count' },
          { count: shown.length, selected: selected.length },
        )}
      </Text>
      {shown.length === 0 ? (
        <Text>{intl.formatMessage({ id: 'plan.picker.none' })}</Text>
      ) : (
        <div className={styles.list}>
          {shown.map((element) => (
            <Checkbox
              key={element.id}
              label={localize(element.label)}
              checked={chosen.has(element.id)}
              onChange={(_e, d) => {
                toggle(element.id, d.checked === true);
              }}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
