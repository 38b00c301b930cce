/**
 * The host page's static shell. Everything that comes from data (teams, channels, personas) is
 * added by host-page.ts with DOM calls and textContent, never as HTML.
 */

const STYLES = `
:root { color-scheme: light; --rail: #ebebf5; --rail-text: #242424; --bg: #f5f5f5; --panel: #fff;
  --text: #242424; --muted: #616161; --accent: #5b5fc7; --accent-text: #fff; --border: #e0e0e0;
  --header: #ebebeb; --focus: #000; }
body[data-theme='dark'] { color-scheme: dark; --rail: #1f1f1f; --rail-text: #fff; --bg: #1f1f1f;
  --panel: #292929; --text: #fff; --muted: #adadad; --accent: #7f85f5; --accent-text: #000;
  --border: #3d3d3d; --header: #0a0a0a; --focus: #fff; }
body[data-theme='contrast'] { color-scheme: dark; --rail: #000; --rail-text: #fff; --bg: #000;
  --panel: #000; --text: #fff; --muted: #fff; --accent: #ffff01; --accent-text: #000;
  --border: #fff; --header: #000; --focus: #ffff01; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font: 14px/1.4 'Segoe UI', system-ui, sans-serif; color: var(--text); background: var(--bg);
  display: grid; grid-template-rows: auto 1fr; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; z-index: 10; background: var(--panel); padding: 4px 8px; }
header { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; padding: 6px 16px;
  background: var(--header); border-bottom: 1px solid var(--border); }
header h1 { font-size: 15px; margin: 0 auto 0 0; }
header form { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
label { display: inline-flex; gap: 6px; align-items: center; }
select, input, button { font: inherit; color: var(--text); background: var(--panel);
  border: 1px solid var(--border); border-radius: 4px; padding: 3px 8px; }
button { cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
button:disabled { opacity: .5; cursor: not-allowed; }
.layout { display: grid; grid-template-columns: 260px 1fr; min-height: 0; }
nav#rail { background: var(--rail); color: var(--rail-text); border-right: 1px solid var(--border);
  overflow: auto; padding: 8px; }
nav#rail h2 { font-size: 12px; text-transform: uppercase; color: var(--muted); margin: 8px; }
nav#rail ul { list-style: none; margin: 0; padding: 0; }
nav#rail .team { font-weight: 600; margin: 8px 8px 2px; }
nav#rail button { display: block; width: 100%; text-align: left; border: 0; background: none;
  color: inherit; padding: 4px 8px 4px 20px; }
nav#rail button[aria-current='true'] { background: var(--panel); font-weight: 600; }
main { display: grid; grid-template-rows: auto auto 1fr auto; min-height: 0; background: var(--panel); }
main > h2 { font-size: 16px; margin: 0; padding: 10px 16px 0; }
#tab-strip { display: flex; gap: 4px; align-items: end; padding: 4px 16px 0;
  border-bottom: 1px solid var(--border); }
#tab-strip button { border: 0; border-bottom: 3px solid transparent; border-radius: 0;
  background: none; padding: 6px 10px; }
#tab-strip button[aria-current='page'] { border-bottom-color: var(--accent); font-weight: 600; }
#tab-strip .remove { font-size: 12px; color: var(--muted); margin-left: auto; }
#stage { position: relative; min-height: 0; overflow: auto; }
#stage iframe, #config-frame iframe { border: 0; width: 100%; height: 100%; display: block; }
#stage iframe { position: absolute; inset: 0; }
.posts { padding: 16px; max-width: 720px; }
.posts form { display: flex; gap: 8px; flex-wrap: wrap; }
.posts input { flex: 1 1 360px; }
#status { margin: 0; padding: 2px 16px; min-height: 1.4em; color: var(--muted); font-size: 12px; }
dialog { width: min(900px, 95vw); height: min(640px, 90vh); padding: 0; border: 1px solid
  var(--border); border-radius: 8px; background: var(--panel); color: var(--text); }
dialog[open] { display: grid; grid-template-rows: auto 1fr auto auto; }
dialog::backdrop { background: rgb(0 0 0 / 45%); }
dialog h2 { font-size: 16px; margin: 0; padding: 16px; }
#config-frame { min-height: 0; border-block: 1px solid var(--border); }
#config-error { color: #c50f1f; margin: 0; padding: 4px 16px; min-height: 1.4em; }
body[data-theme='dark'] #config-error, body[data-theme='contrast'] #config-error { color: #ff99a4; }
dialog .actions { display: flex; justify-content: end; gap: 8px; padding: 12px 16px; }
`;

/** `GET /teams`: the host page. */
export function hostPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Teams (local) — Integrity Dashboard</title>
<style>${STYLES}</style>
<script type="module" src="/teams/app/host-page"></script>
</head>
<body data-theme="default">
<a class="skip" href="#stage">Skip to the tab</a>
<header>
  <h1>Microsoft Teams <span aria-hidden="true">·</span> local host</h1>
  <form id="client-settings" aria-label="What Teams decides">
    <label>Theme <select id="theme-select" name="theme"></select></label>
    <label>Language <select id="locale-select" name="locale"></select></label>
    <label>Signed in as <select id="persona-select" name="persona"></select></label>
  </form>
</header>
<div class="layout">
  <nav id="rail" aria-label="Teams and channels">
    <h2>Teams</h2>
    <ul id="team-list"><li>Loading…</li></ul>
  </nav>
  <main aria-labelledby="channel-heading">
    <h2 id="channel-heading">…</h2>
    <nav id="tab-strip" aria-label="Tabs"></nav>
    <div id="stage" tabindex="-1"></div>
    <p id="status" role="status" aria-live="polite"></p>
  </main>
</div>
<dialog id="config-dialog" aria-labelledby="config-heading">
  <h2 id="config-heading">Add Integrity Dashboard</h2>
  <div id="config-frame"></div>
  <p id="config-error" role="alert"></p>
  <div class="actions">
    <button type="button" id="config-cancel">Cancel</button>
    <button type="button" id="config-save" class="primary" disabled>Save</button>
  </div>
</dialog>
</body>
</html>
`;
}
