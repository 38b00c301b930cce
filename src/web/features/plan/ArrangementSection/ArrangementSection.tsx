import { Field, Select, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import {
  FREQUENCIES,
  MONITORING_MODES,
  type PlanArrangement,
  type PlanArrangementKind,
} from '../../../../core/plan/plan.types';
import type { Draft } from '../../../../ports/store.types';
import type { MessageId } from '../../../i18n/messages.en';
import { AddRecord } from '../AddRecord/AddRecord';
import { ConfirmDelete } from '../ConfirmDelete/ConfirmDelete';
import { EditField } from '../EditField/EditField';
import type { Workspace } from '../PlanWorkspace';
import { Section } from '../Section/Section';

const ARRANGEMENT_SECTIONS = {
  actor: 'plan.section.actors',
  monitoring: 'plan.section.monitoring',
  evaluation: 'plan.section.evaluation',
  communication: 'plan.section.communication',
} as const satisfies Record<PlanArrangementKind, MessageId>;

const ADD_ARRANGEMENT = {
  actor: 'plan.add.actor.button',
  monitoring: 'plan.add.monitoring.button',
  evaluation: 'plan.add.evaluation.button',
  communication: 'plan.add.communication.button',
} as const satisfies Record<PlanArrangementKind, MessageId>;

/**
 * Where an arrangement goes: an operational objective, or for evaluation and communication also
 * the plan as a whole (`objectiveId` null), as the model plan's sections 6 and 7 allow.
 */
export type ArrangementTarget =
  | { readonly kind: 'actor' | 'monitoring'; readonly objectiveId: string }
  | { readonly kind: 'evaluation' | 'communication'; readonly objectiveId: string | null };

/** A new arrangement with neutral choices; only an actor needs a text (its name) to exist. */
function newArrangement(
  target: ArrangementTarget,
  planId: string,
  text: string,
): Draft<PlanArrangement> {
  switch (target.kind) {
    case 'actor':
      return {
        kind: target.kind,
        planId,
        objectiveId: target.objectiveId,
        actor: text,
        role: '',
        responsibilities: '',
        formalReactions: '',
      };
    case 'monitoring':
      return {
        kind: target.kind,
        planId,
        objectiveId: target.objectiveId,
        mode: 'both',
        how: '',
        byWhom: '',
        frequency: 'yearly',
      };
    case 'evaluation':
      return {
        kind: target.kind,
        planId,
        objectiveId: target.objectiveId,
        who: '',
        how: '',
        what: '',
        when: null,
        frequency: 'yearly',
      };
    case 'communication':
      return {
        kind: target.kind,
        planId,
        objectiveId: target.objectiveId,
        direction: 'internal',
        audience: '',
        means: '',
        cautions: '',
      };
  }
}

export type ArrangementSectionProps = {
  readonly target: ArrangementTarget;
  readonly planId: string;
  readonly workspace: Workspace;
};

/**
 * One of sections 4 to 7 for one target: its arrangements, editable in place, deleted one by
 * one, and a button to add one.
 */
export function ArrangementSection({
  planId,
  target,
  workspace,
}: ArrangementSectionProps): JSX.Element {
  const intl = useIntl();
  const { editor, mode } = workspace;
  const { kind } = target;
  const title = intl.formatMessage({ id: ARRANGEMENT_SECTIONS[kind] });
  const ofKind = editor
    .entries('arrangement')
    .filter((a) => a.value.kind === kind && a.value.objectiveId === target.objectiveId);
  return (
    <Section title={title}>
      {ofKind.length === 0 && <Text>{intl.formatMessage({ id: 'plan.arrangement.none' })}</Text>}
      {ofKind.map((a, index) => (
        <div key={a.value.id}>
          <ArrangementEditor arrangement={a.value} workspace={workspace} />
          {mode === 'edit' && (
            <ConfirmDelete
              label={intl.formatMessage(
                { id: 'plan.delete.arrangement' },
                { index: index + 1, section: title },
              )}
              name={a.value.kind === 'actor' ? a.value.actor : `${title} (${String(index + 1)})`}
              dependents={0}
              onDelete={() => editor.remove('arrangement', a.value.id)}
            />
          )}
        </div>
      ))}
      {mode === 'edit' && (
        <AddRecord
          {...(kind === 'actor'
            ? { fieldLabel: intl.formatMessage({ id: 'plan.add.actor.field' }) }
            : {})}
          buttonLabel={intl.formatMessage({ id: ADD_ARRANGEMENT[kind] })}
          onAdd={async (text) => {
            const added = await editor.add('arrangement', newArrangement(target, planId, text));
            return added.status === 'created';
          }}
        />
      )}
    </Section>
  );
}

type TextKey<A> = { [K in keyof A]: A[K] extends string ? K : never }[keyof A];

function ArrangementEditor({
  arrangement,
  workspace,
}: {
  readonly arrangement: PlanArrangement;
  readonly workspace: Workspace;
}): JSX.Element {
  const intl = useIntl();
  const { editor, mode } = workspace;
  const set = (next: PlanArrangement): void => {
    editor.edit('arrangement', next);
  };
  const textField = <A extends PlanArrangement>(
    a: A,
    path: TextKey<A> & string,
    shape: 'line' | 'text',
  ): JSX.Element => (
    <EditField
      key={path}
      label={intl.formatMessage({ id: `plan.arrangement.${path}` as 'plan.arrangement.how' })}
      mode={mode}
      shape={shape}
      value={String(a[path])}
      onChange={(value) => {
        set({ ...a, [path]: value });
      }}
    />
  );
  const choice = <V extends string>(
    a: PlanArrangement,
    path: 'mode' | 'frequency' | 'direction',
    options: readonly V[],
    value: V,
  ): JSX.Element => {
    const label = intl.formatMessage({ id: `plan.arrangement.${path}` });
    const optionLabel = (v: V): string =>
      intl.formatMessage({ id: `plan.arrangement.${path}.${v}` as 'plan.arrangement.mode.active' });
    if (mode === 'read') {
      return (
        <EditField
          key={path}
          label={label}
          mode="read"
          shape="line"
          value={optionLabel(value)}
          onChange={() => undefined}
        />
      );
    }
    return (
      <Field key={path} label={label}>
        <Select
          value={value}
          onChange={(_e, d) => {
            const next = options.find((o) => o === d.value);
            if (next !== undefined) set({ ...a, [path]: next });
          }}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  switch (arrangement.kind) {
    case 'actor':
      return (
        <div>
          {textField(arrangement, 'actor', 'line')}
          {textField(arrangement, 'role', 'line')}
          {textField(arrangement, 'responsibilities', 'text')}
          {textField(arrangement, 'formalReactions', 'text')}
        </div>
      );
    case 'monitoring':
      return (
        <div>
          {choice(arrangement, 'mode', MONITORING_MODES, arrangement.mode)}
          {textField(arrangement, 'how', 'text')}
          {textField(arrangement, 'byWhom', 'line')}
          {choice(arrangement, 'frequency', FREQUENCIES, arrangement.frequency)}
        </div>
      );
    case 'evaluation':
      return (
        <div>
          {textField(arrangement, 'who', 'line')}
          {textField(arrangement, 'how', 'text')}
          {textField(arrangement, 'what', 'text')}
          {choice(arrangement, 'frequency', FREQUENCIES, arrangement.frequency)}
        </div>
      );
    case 'communication':
      return (
        <div>
          {choice(
            arrangement,
            'direction',
            ['internal', 'external'] as const,
            arrangement.direction,
          )}
          {textField(arrangement, 'audience', 'line')}
          {textField(arrangement, 'means', 'text')}
          {textField(arrangement, 'cautions', 'text')}
        </div>
      );
  }
}
