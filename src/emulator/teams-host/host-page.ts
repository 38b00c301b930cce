/**
 * The local Teams host page (`GET /teams`), in the browser: a Teams-like shell that frames the tab
 * from the same origin and answers teams-js over postMessage with protocol.ts. Plain DOM; every
 * value from data goes in through textContent or attributes, never as HTML.
 */
import {
  CONFIGURATION_PATH,
  HOST_LOCALES,
  HOST_THEMES,
  PERSONAL_TAB,
  eventMessage,
  handleRequest,
  isHostLocale,
  isHostRequest,
  isHostTheme,
  parseEntityDeepLink,
  responseMessage,
  type FrameSpec,
  type HostChannel,
  type HostEffect,
  type HostLocale,
  type HostPersona,
  type HostTeam,
  type HostTheme,
  type OpenTarget,
  type TabConfiguration,
} from './protocol';

type Directory = {
  readonly appId: string;
  readonly tenantId: string;
  readonly personas: readonly HostPersona[];
  readonly teams: readonly HostTeam[];
  readonly tabs: Readonly<Record<string, TabConfiguration>>;
};

/** One call the tab made, as tests read it from `window.__hostCalls`. */
type HostCall = {
  readonly at: string;
  /** `content`, `settings` or `personal`: which framed page sent it. */
  readonly frame: string;
  readonly func: string;
  readonly args: readonly unknown[];
  /** False when this host has no answer for the func. */
  readonly handled: boolean;
  /** The response's args, null when the host sent none. */
  readonly reply: readonly unknown[] | null;
};

type View = 'posts' | 'tab' | 'personal';

type FramedPage = {
  readonly iframe: HTMLIFrameElement;
  readonly label: 'content' | 'settings' | 'personal';
  spec: FrameSpec;
};

const THEME_LABELS: Readonly<Record<HostTheme, string>> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

const LOCALE_LABELS: Readonly<Record<HostLocale, string>> = {
  'nl-BE': 'Nederlands (België)',
  'fr-BE': 'Français (Belgique)',
  'de-DE': 'Deutsch (Deutschland)',
  'en-US': 'English (United States)',
};

const TAB_FALLBACK_NAME = 'Integrity';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The host page has no #${id}.`);
  return found;
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className !== undefined) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  return node;
}

const ui = {
  theme: element('theme-select', HTMLSelectElement),
  locale: element('locale-select', HTMLSelectElement),
  persona: element('persona-select', HTMLSelectElement),
  teamList: element('team-list', HTMLUListElement),
  heading: element('channel-heading', HTMLHeadingElement),
  tabStrip: element('tab-strip', HTMLElement),
  stage: element('stage', HTMLDivElement),
  status: element('status', HTMLParagraphElement),
  dialog: element('config-dialog', HTMLDialogElement),
  dialogHeading: element('config-heading', HTMLHeadingElement),
  configFrame: element('config-frame', HTMLDivElement),
  configError: element('config-error', HTMLParagraphElement),
  save: element('config-save', HTMLButtonElement),
  cancel: element('config-cancel', HTMLButtonElement),
};

const calls: HostCall[] = [];
(window as unknown as { __hostCalls: HostCall[] }).__hostCalls = calls;

const params = new URLSearchParams(window.location.search);
const state = {
  directory: null as Directory | null,
  teamId: null as string | null,
  channelId: null as string | null,
  view: 'tab' as View,
  theme: (isHostTheme(params.get('theme')) ? params.get('theme') : 'default') as HostTheme,
  locale: (isHostLocale(params.get('locale')) ? params.get('locale') : 'nl-BE') as HostLocale,
  persona: params.get('persona') ?? 'commander',
  subEntityId: null as string | null,
  content: null as FramedPage | null,
  settings: null as FramedPage | null,
  pendingConfig: null as TabConfiguration | null,
};

function announce(message: string): void {
  ui.status.textContent = message;
}

function directory(): Directory {
  if (state.directory === null) throw new Error('The host has not loaded its teams yet.');
  return state.directory;
}

function currentTeam(): HostTeam | null {
  return directory().teams.find((team) => team.groupId === state.teamId) ?? null;
}

function currentChannel(): HostChannel | null {
  return currentTeam()?.channels.find((channel) => channel.id === state.channelId) ?? null;
}

function currentPersona(): HostPersona {
  const { personas } = directory();
  const persona = personas.find((p) => p.persona === state.persona) ?? personas[0];
  if (persona === undefined) throw new Error('The emulator offers no persona.');
  return persona;
}

function tabOf(team: HostTeam | null): TabConfiguration | null {
  return team === null ? null : (directory().tabs[team.groupId] ?? null);
}

/** Keeps the host's own address in step, so a reload (or a shared link) shows the same screen. */
function rememberInUrl(): void {
  const next = new URLSearchParams();
  if (state.teamId !== null) next.set('team', state.teamId);
  if (state.channelId !== null) next.set('channel', state.channelId);
  next.set('view', state.view);
  next.set('theme', state.theme);
  next.set('locale', state.locale);
  next.set('persona', state.persona);
  window.history.replaceState(null, '', `${window.location.pathname}?${next.toString()}`);
}

// --- Talking to framed pages ---------------------------------------------------------------

function record(
  frame: string,
  func: string,
  args: readonly unknown[],
  handled: boolean,
  reply: readonly unknown[] | null,
): void {
  const call: HostCall = { at: new Date().toISOString(), frame, func, args, handled, reply };
  calls.push(call);
  // Mirrored to the emulator so tests outside the browser can read it too; loss is harmless.
  void fetch('/_local/teams-host/calls', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at: call.at, frame, func, args }),
    keepalive: true,
  }).catch(() => undefined);
}

function post(page: FramedPage, message: Record<string, unknown>): void {
  page.iframe.contentWindow?.postMessage(message, window.location.origin);
}

function frameFor(source: MessageEventSource | null): FramedPage | null {
  for (const page of [state.content, state.settings]) {
    if (page !== null && page.iframe.contentWindow === source) return page;
  }
  return null;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the tab's own origin is framed; anything else is not ours to answer.
  if (event.origin !== window.location.origin) return;
  const page = frameFor(event.source);
  if (page === null || !isHostRequest(event.data)) return;
  const request = event.data;
  const args: readonly unknown[] = Array.isArray(request.args) ? request.args : [];
  const outcome = handleRequest({ ...request, args }, page.spec);
  record(page.label, request.func, args, outcome.handled, outcome.reply);
  if (!outcome.handled) console.warn(`The local Teams host does not implement ${request.func}.`);
  // Replies are asynchronous in Teams too; the tab must not depend on a synchronous answer.
  if (outcome.reply !== null) {
    const reply = outcome.reply;
    setTimeout(() => {
      post(page, responseMessage(request, reply));
    }, 0);
  }
  if (outcome.effect !== null) void apply(outcome.effect, page);
});

async function apply(effect: HostEffect, page: FramedPage): Promise<void> {
  switch (effect.kind) {
    case 'validity':
      if (page === state.settings) ui.save.disabled = !effect.valid;
      return;
    case 'settings':
      if (page === state.settings) state.pendingConfig = effect.config;
      return;
    case 'save-result':
      if (page === state.settings) await finishSave(effect.ok, effect.reason);
      return;
    case 'open':
      openTarget(effect.target);
      return;
    case 'external-link':
      window.open(effect.url, '_blank', 'noopener,noreferrer');
      announce(`Opened ${effect.url} in a new browser tab.`);
      return;
    case 'app-state':
      if (effect.state === 'failure') announce('The tab reported that it failed to load.');
      return;
  }
}

function specFor(
  frameContext: FrameSpec['frameContext'],
  team: HostTeam | null,
  channel: HostChannel | null,
  entityId: string | null,
  subEntityId: string | null,
): FrameSpec {
  const { appId, tenantId } = directory();
  return {
    frameContext,
    team,
    channel,
    persona: currentPersona(),
    locale: state.locale,
    theme: state.theme,
    entityId,
    subEntityId,
    appId,
    tenantId,
    origin: window.location.origin,
  };
}

function frame(
  url: string,
  title: string,
  label: FramedPage['label'],
  spec: FrameSpec,
): FramedPage {
  // A fresh element per load: the tab initialises teams-js once per document, and an iframe whose
  // src only changes its hash would not load again.
  const iframe = create('iframe', {
    attrs: { title, src: url, allow: 'clipboard-write; fullscreen' },
  });
  return { iframe, label, spec };
}

// --- Rendering -------------------------------------------------------------------------------

function renderControls(): void {
  const fill = (
    select: HTMLSelectElement,
    options: readonly (readonly [string, string])[],
    value: string,
  ): void => {
    select.replaceChildren(
      ...options.map(([optionValue, label]) =>
        create('option', { text: label, attrs: { value: optionValue } }),
      ),
    );
    select.value = value;
  };
  fill(
    ui.theme,
    HOST_THEMES.map((theme) => [theme, THEME_LABELS[theme]] as const),
    state.theme,
  );
  fill(
    ui.locale,
    HOST_LOCALES.map((locale) => [locale, LOCALE_LABELS[locale]] as const),
    state.locale,
  );
  fill(
    ui.persona,
    directory().personas.map((p) => [p.persona, `${p.displayName} (${p.persona})`] as const),
    currentPersona().persona,
  );
  document.body.dataset.theme = state.theme;
  document.documentElement.lang = state.locale;
}

function renderRail(): void {
  const { teams } = directory();
  if (teams.length === 0) {
    ui.teamList.replaceChildren(
      create('li', { text: 'No team: the IntegritySettings list has no entity yet.' }),
    );
    return;
  }
  ui.teamList.replaceChildren(
    ...teams.map((team) => {
      const item = create('li');
      const name = create('div', { text: team.displayName, className: 'team' });
      name.id = `team-${team.groupId}`;
      const channels = create('ul', { attrs: { 'aria-labelledby': name.id } });
      for (const channel of team.channels) {
        const button = create('button', {
          text: channel.name,
          attrs: {
            type: 'button',
            'data-team': team.groupId,
            'data-channel': channel.id,
            'aria-current': String(team.groupId === state.teamId && channel.id === state.channelId),
          },
        });
        button.addEventListener('click', () => {
          selectChannel(team.groupId, channel.id);
        });
        const li = create('li');
        li.append(button);
        channels.append(li);
      }
      item.append(name, channels);
      return item;
    }),
  );
}

function tabButton(text: string, view: View, onClick: () => void): HTMLButtonElement {
  const button = create('button', { text, attrs: { type: 'button', 'data-view': view } });
  if (state.view === view) button.setAttribute('aria-current', 'page');
  button.addEventListener('click', onClick);
  return button;
}

function renderTabStrip(): void {
  const team = currentTeam();
  const tab = tabOf(team);
  const buttons: HTMLElement[] = [
    tabButton('Posts', 'posts', () => {
      show('posts');
    }),
  ];
  if (team !== null && tab !== null) {
    buttons.push(
      tabButton(
        tab.suggestedDisplayName === '' ? TAB_FALLBACK_NAME : tab.suggestedDisplayName,
        'tab',
        () => {
          state.subEntityId = null;
          show('tab');
        },
      ),
    );
  } else if (team !== null) {
    const add = create('button', {
      text: '+ Add a tab',
      attrs: { type: 'button', id: 'add-tab', 'aria-haspopup': 'dialog' },
    });
    add.addEventListener('click', () => {
      openConfiguration(team);
    });
    buttons.push(add);
  }
  buttons.push(
    tabButton(`${PERSONAL_TAB.name} (personal app)`, 'personal', () => {
      state.subEntityId = null;
      show('personal');
    }),
  );
  if (team !== null && tab !== null) {
    const remove = create('button', {
      text: 'Remove tab',
      className: 'remove',
      attrs: { type: 'button', id: 'remove-tab' },
    });
    remove.addEventListener('click', () => {
      void removeTab(team);
    });
    buttons.push(remove);
  }
  ui.tabStrip.replaceChildren(...buttons);
}

function renderHeading(): void {
  const team = currentTeam();
  const channel = currentChannel();
  ui.heading.textContent =
    state.view === 'personal'
      ? `Integrity Dashboard — ${PERSONAL_TAB.name}`
      : team === null
        ? 'No team selected'
        : `${team.displayName} › ${channel?.name ?? ''}`;
}

/** The Posts tab: the emulator's Channel page when it is there, and a link box either way. */
async function renderPosts(): Promise<void> {
  const team = currentTeam();
  const channel = currentChannel();
  const wrapper = create('section', { className: 'posts', attrs: { 'aria-label': 'Posts' } });
  ui.stage.replaceChildren(wrapper);
  if (team !== null) {
    const feedUrl = `/_local/channel?${new URLSearchParams({
      team: team.groupId,
      ...(channel === null ? {} : { channel: channel.id }),
    }).toString()}`;
    let available = false;
    try {
      const response = await fetch(feedUrl, { method: 'GET' });
      available = response.ok && (response.headers.get('content-type') ?? '').includes('html');
    } catch {
      available = false;
    }
    if (state.view !== 'posts') return;
    if (available) {
      const feed = create('iframe', {
        attrs: { title: `Posts in ${channel?.name ?? team.displayName}`, src: feedUrl },
      });
      feed.style.position = 'static';
      feed.style.height = '60vh';
      wrapper.append(feed);
    } else {
      wrapper.append(
        create('p', {
          text: 'The channel feed (the bot’s reminder cards) shows here once the emulator serves the Channel page at /_local/channel.',
        }),
      );
    }
  }
  const form = create('form', { attrs: { 'aria-label': 'Open a Teams link' } });
  const label = create('label', { text: 'Teams link ' });
  const input = create('input', {
    attrs: {
      id: 'deep-link-input',
      type: 'url',
      name: 'link',
      required: '',
      placeholder: 'https://teams.microsoft.com/l/entity/…',
    },
  });
  label.append(input);
  const submit = create('button', {
    text: 'Open link',
    className: 'primary',
    attrs: { type: 'submit' },
  });
  form.append(label, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The same path as a card button: Teams opens the deep link it carries.
    const link = parseEntityDeepLink(input.value);
    record('host', 'executeDeepLink', [input.value], true, null);
    if (link === null) {
      window.open(input.value, '_blank', 'noopener,noreferrer');
      return;
    }
    openTarget(link);
  });
  wrapper.append(
    create('p', {
      text: 'A card button opens a Teams deep link; paste one to open the tab where it points.',
    }),
    form,
  );
}

function renderStage(): void {
  state.content?.iframe.remove();
  state.content = null;
  const team = currentTeam();
  const channel = currentChannel();
  if (state.view === 'posts') {
    void renderPosts();
    return;
  }
  if (state.view === 'personal') {
    const spec = specFor('content', null, null, PERSONAL_TAB.entityId, state.subEntityId);
    state.content = frame(
      new URL(PERSONAL_TAB.contentPath, window.location.origin).href,
      `Integrity Dashboard: ${PERSONAL_TAB.name}`,
      'personal',
      spec,
    );
    ui.stage.replaceChildren(state.content.iframe);
    return;
  }
  const tab = tabOf(team);
  if (team === null || tab === null) {
    const note = create('section', { className: 'posts', attrs: { 'aria-label': 'No tab' } });
    note.append(
      create('p', {
        text:
          team === null
            ? 'Pick a team and channel on the left.'
            : `${team.displayName} has no Integrity Dashboard tab yet: choose “+ Add a tab”.`,
      }),
    );
    ui.stage.replaceChildren(note);
    return;
  }
  const spec = specFor('content', team, channel, tab.entityId, state.subEntityId);
  state.content = frame(
    tab.contentUrl,
    `${tab.suggestedDisplayName || TAB_FALLBACK_NAME} tab`,
    'content',
    spec,
  );
  ui.stage.replaceChildren(state.content.iframe);
}

function render(): void {
  renderControls();
  renderRail();
  renderTabStrip();
  renderHeading();
  renderStage();
  rememberInUrl();
}

// --- Navigation ------------------------------------------------------------------------------

function selectChannel(teamId: string, channelId: string): void {
  state.teamId = teamId;
  state.channelId = channelId;
  state.subEntityId = null;
  state.view = tabOf(currentTeam()) === null ? 'posts' : 'tab';
  render();
}

function show(view: View): void {
  state.view = view;
  render();
  announce(
    view === 'posts'
      ? 'Showing the channel’s posts.'
      : `Opened ${view === 'personal' ? PERSONAL_TAB.name : 'the tab'}.`,
  );
}

/** Opens where a deep link, `navigateToApp` or `currentApp.navigateTo` points. */
function openTarget(target: OpenTarget): void {
  if (target.entityId === PERSONAL_TAB.entityId) {
    state.subEntityId = target.subEntityId;
    show('personal');
    return;
  }
  const { teams } = directory();
  const byChannel =
    target.channelId === null
      ? undefined
      : teams.find((team) => team.channels.some((channel) => channel.id === target.channelId));
  const team = byChannel ?? currentTeam() ?? teams.find((t) => tabOf(t) !== null) ?? null;
  if (team === null || tabOf(team) === null) {
    announce(
      `The link points to the Integrity Dashboard tab, but ${team?.displayName ?? 'no team'} has none yet.`,
    );
    return;
  }
  state.teamId = team.groupId;
  if (byChannel !== undefined && target.channelId !== null) state.channelId = target.channelId;
  else if (!team.channels.some((channel) => channel.id === state.channelId)) {
    state.channelId = team.channels[0]?.id ?? null;
  }
  state.subEntityId = target.subEntityId;
  show('tab');
}

// --- The configuration page ------------------------------------------------------------------

function openConfiguration(team: HostTeam): void {
  const channel = currentChannel() ?? team.channels[0] ?? null;
  ui.dialogHeading.textContent = `Add Integrity Dashboard to ${team.displayName} › ${channel?.name ?? ''}`;
  ui.configError.textContent = '';
  ui.save.disabled = true;
  state.pendingConfig = null;
  state.settings = frame(
    new URL(CONFIGURATION_PATH, window.location.origin).href,
    'Integrity Dashboard configuration',
    'settings',
    specFor('settings', team, channel, null, null),
  );
  ui.configFrame.replaceChildren(state.settings.iframe);
  ui.dialog.showModal();
}

function closeConfiguration(): void {
  state.settings?.iframe.remove();
  state.settings = null;
  state.pendingConfig = null;
  if (ui.dialog.open) ui.dialog.close();
}

ui.save.addEventListener('click', () => {
  const page = state.settings;
  if (page === null) return;
  ui.save.disabled = true;
  ui.configError.textContent = '';
  post(page, eventMessage('settings.save', [{}]));
});

ui.cancel.addEventListener('click', () => {
  closeConfiguration();
  document.getElementById('add-tab')?.focus();
});

ui.dialog.addEventListener('cancel', () => {
  state.settings?.iframe.remove();
  state.settings = null;
});

async function finishSave(ok: boolean, reason: string | null): Promise<void> {
  const team = state.settings?.spec.team ?? null;
  const config = state.pendingConfig;
  if (!ok || team === null || config === null) {
    ui.configError.textContent = ok
      ? 'The configuration page reported success without calling setConfig.'
      : `The configuration page could not save: ${reason ?? 'no reason given'}.`;
    ui.save.disabled = false;
    return;
  }
  const response = await fetch(`/_local/teams-host/tabs/${encodeURIComponent(team.groupId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(config),
  });
  if (!response.ok) {
    ui.configError.textContent = `The emulator did not keep the tab (status ${response.status}).`;
    ui.save.disabled = false;
    return;
  }
  state.directory = { ...directory(), tabs: { ...directory().tabs, [team.groupId]: config } };
  const channelId = state.settings?.spec.channel?.id ?? null;
  closeConfiguration();
  state.teamId = team.groupId;
  if (channelId !== null) state.channelId = channelId;
  state.subEntityId = null;
  show('tab');
  document.querySelector<HTMLButtonElement>('#tab-strip button[data-view="tab"]')?.focus();
}

async function removeTab(team: HostTeam): Promise<void> {
  await fetch(`/_local/teams-host/tabs/${encodeURIComponent(team.groupId)}`, { method: 'DELETE' });
  const tabs = Object.fromEntries(
    Object.entries(directory().tabs).filter(([teamId]) => teamId !== team.groupId),
  );
  state.directory = { ...directory(), tabs };
  state.view = 'posts';
  render();
  announce(`Removed the tab from ${team.displayName}.`);
  document.getElementById('add-tab')?.focus();
}

// --- What Teams decides ----------------------------------------------------------------------

ui.theme.addEventListener('change', () => {
  if (!isHostTheme(ui.theme.value)) return;
  state.theme = ui.theme.value;
  document.body.dataset.theme = state.theme;
  // Teams pushes a theme change live; the frames keep running, their next context has it too.
  for (const page of [state.content, state.settings]) {
    if (page === null) continue;
    page.spec = { ...page.spec, theme: state.theme };
    post(page, eventMessage('themeChange', [state.theme]));
  }
  rememberInUrl();
  announce(`Theme: ${THEME_LABELS[state.theme]}.`);
});

ui.locale.addEventListener('change', () => {
  if (!isHostLocale(ui.locale.value)) return;
  state.locale = ui.locale.value;
  // Teams restarts apps when its language changes: the tab reads the locale at start-up.
  render();
  announce(`Language: ${LOCALE_LABELS[state.locale]}. The tab reloaded.`);
});

ui.persona.addEventListener('change', () => {
  state.persona = ui.persona.value;
  // Another signed-in user is another Teams session: the tab starts again.
  render();
  announce(`Signed in as ${currentPersona().displayName}. The tab reloaded.`);
});

// --- Start -----------------------------------------------------------------------------------

async function start(): Promise<void> {
  const response = await fetch('/_local/teams-host/teams');
  if (!response.ok) throw new Error(`GET /_local/teams-host/teams answered ${response.status}`);
  state.directory = (await response.json()) as Directory;
  const { teams } = state.directory;
  const wantedTeam = teams.find((team) => team.groupId === params.get('team')) ?? teams[0] ?? null;
  state.teamId = wantedTeam?.groupId ?? null;
  const wantedChannel =
    wantedTeam?.channels.find((channel) => channel.id === params.get('channel')) ??
    wantedTeam?.channels[0] ??
    null;
  state.channelId = wantedChannel?.id ?? null;
  const view = params.get('view');
  state.view =
    view === 'posts' || view === 'personal' ? view : tabOf(wantedTeam) === null ? 'posts' : 'tab';
  if (!directory().personas.some((p) => p.persona === state.persona)) {
    state.persona = directory().personas[0]?.persona ?? state.persona;
  }
  render();
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  announce(`The local Teams host could not start: ${String(error)}`);
  console.error(error);
});
