/* global document, window, AdaptiveCards, markdownit */
// The local channel page's script: plain browser JavaScript, served as it is (no build step).
// It lists a team's posts, renders each card with the `adaptivecards` renderer and turns an
// Action.Execute press into the invoke Teams sends to the bot (through the emulator).
'use strict';

const md = typeof markdownit === 'function' ? markdownit({ html: false, linkify: true }) : null;
if (md !== null) {
  // Teams runs TextBlock text through markdown; the renderer has no markdown step of its own.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
}

const teamSelect = document.getElementById('team');
const personaSelect = document.getElementById('persona');
const channelsElement = document.getElementById('channels');

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function cardOf(activity) {
  const attachment = (activity.attachments || []).find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return attachment ? attachment.content : null;
}

function renderPost(post) {
  const container = document.createElement('article');
  container.className = 'post';
  container.dataset.activityId = post.id;
  container.append(
    text(
      'div',
      `${post.created} · activity ${post.id}${post.version > 1 ? ' · updated' : ''}`,
      'meta',
    ),
  );
  const json = cardOf(post.activity);
  if (json === null) {
    container.append(text('p', post.activity.text || '(no card)'));
    return container;
  }
  const card = new AdaptiveCards.AdaptiveCard();
  card.onExecuteAction = (action) => {
    if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, '_blank', 'noopener');
      return;
    }
    if (action instanceof AdaptiveCards.ExecuteAction) {
      void invoke(post.id, action.verb, action.data, container);
    }
  };
  card.parse(json);
  const element = card.render();
  if (element) container.append(element);
  for (const reply of post.replies) {
    container.append(text('div', `↳ ${reply.created}: ${reply.activity.text || '(card)'}`, 'meta'));
  }
  return container;
}

async function invoke(activityId, verb, data, container) {
  const response = await fetch('/_local/channel/api/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ activityId, verb, data, persona: personaSelect.value }),
  });
  const answer = await response.json();
  const reply = answer.response;
  if (response.ok && reply && reply.type === 'application/vnd.microsoft.activity.message') {
    container.append(text('p', reply.value, 'notice'));
    return;
  }
  if (!response.ok || !reply || reply.statusCode !== 200) {
    const message = reply && reply.value ? reply.value.message : JSON.stringify(answer);
    container.append(text('p', `The bot answered with an error: ${message}`, 'notice error'));
    return;
  }
  await load();
}

async function loadTeams() {
  const { value } = await getJson('/_local/channel/api/teams');
  const wanted = new URLSearchParams(window.location.search).get('team');
  teamSelect.replaceChildren(
    ...value.map((team) => {
      const option = document.createElement('option');
      option.value = team.id;
      option.textContent = `${team.name || team.id}${team.state === 'removed' ? ' (bot removed)' : ''}`;
      option.selected = wanted === team.id || wanted === team.aadGroupId;
      return option;
    }),
  );
  if (wanted && !value.some((t) => t.id === wanted || t.aadGroupId === wanted)) {
    const option = document.createElement('option');
    option.value = wanted;
    option.textContent = wanted;
    option.selected = true;
    teamSelect.append(option);
  }
}

async function load() {
  if (!teamSelect.value) {
    channelsElement.replaceChildren(
      text('p', 'No posts yet: the job has not posted anything.', 'empty'),
    );
    return;
  }
  const view = await getJson(
    `/_local/channel/api/posts?team=${encodeURIComponent(teamSelect.value)}`,
  );
  const sections = view.channels.map((channel) => {
    const section = document.createElement('section');
    section.append(text('h2', `# ${channel.name || channel.id}`));
    if (channel.posts.length === 0) section.append(text('p', 'No posts.', 'empty'));
    for (const post of channel.posts) section.append(renderPost(post));
    return section;
  });
  channelsElement.replaceChildren(...sections);
}

teamSelect.addEventListener('change', () => {
  const url = new URL(window.location.href);
  url.searchParams.set('team', teamSelect.value);
  window.history.replaceState(null, '', url);
  void load();
});
document.getElementById('refresh').addEventListener('click', () => void load());

loadTeams()
  .then(load)
  .catch((error) => {
    channelsElement.replaceChildren(text('p', String(error), 'notice error'));
  });
