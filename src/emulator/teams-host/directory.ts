import { PERSONA_PROFILES, type Persona } from '../auth/personas';
import { prepared, type Db } from '../store/db';
import { itemsOfList } from '../store/items-store';
import { findList } from '../store/lists-store';
import { allSites } from '../store/sites-store';
import type { HostChannel, HostPersona, HostTeam, TabConfiguration } from './protocol';

/** The personas a person can be in the host's "Signed in as" control (not the app identity). */
const HOST_PERSONAS: readonly { persona: Persona; teamRole: HostPersona['teamRole'] }[] = [
  { persona: 'commander', teamRole: 'owner' },
  { persona: 'integrity-officer', teamRole: 'owner' },
  { persona: 'member', teamRole: 'member' },
  // The AIG reviewer is an outside auditor: a guest of the zone's team.
  { persona: 'aig-reviewer', teamRole: 'guest' },
];

export function hostPersonas(): HostPersona[] {
  return HOST_PERSONAS.map(({ persona, teamRole }) => {
    const profile = PERSONA_PROFILES[persona];
    return {
      persona,
      displayName: profile.displayName,
      email: profile.email,
      oid: profile.oid,
      teamRole,
    };
  });
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Teams' thread id for a team. Real ids are opaque; a stable one derived from the group id keeps
 * links and stored tab configurations valid across restarts.
 */
export function teamThreadId(groupId: string): string {
  return `19:${groupId.replace(/-/g, '').toLowerCase()}@thread.tacv2`;
}

/**
 * The rail's teams: one per entity of each site's IntegritySettings list, with the entity's
 * reminder channel and the team's General channel (whose id is the team's thread id in Teams).
 */
export function hostTeams(db: Db, baseUrl: string): HostTeam[] {
  const teams: HostTeam[] = [];
  for (const site of allSites(db)) {
    const list = findList(db, site.id, 'IntegritySettings');
    if (list === undefined) continue;
    for (const item of itemsOfList(db, list.id)) {
      const entityId = text(item.fields.EntityId);
      if (entityId === null) continue;
      const groupId = text(item.fields.TeamId) ?? site.groupId;
      const internalId = teamThreadId(groupId);
      const channels: HostChannel[] = [{ id: internalId, name: 'General' }];
      const channelId = text(item.fields.ChannelId);
      const channelName = text(item.fields.ChannelName);
      if (channelId !== null && channelName !== null) {
        // The seed calls its reminder channel "General" under its own id: that one wins.
        if (channelName.toLowerCase() === 'general')
          channels[0] = { id: channelId, name: 'General' };
        else channels.push({ id: channelId, name: channelName });
      }
      teams.push({
        groupId,
        internalId,
        displayName: text(item.fields.Title) ?? entityId,
        entityId,
        channels,
        siteUrl: groupId === site.groupId ? `${baseUrl}/${site.urlPath}` : null,
      });
    }
  }
  return teams;
}

const TABS_TABLE = `
CREATE TABLE IF NOT EXISTS teams_host_tabs (
  team_id TEXT PRIMARY KEY,
  config TEXT NOT NULL,
  saved_at TEXT NOT NULL
);`;

/**
 * The configurable tab pinned in each team, as Teams keeps it: what the configuration page saved.
 * Kept in the emulator's database (outside the reseeded data tables, like Teams keeps tabs outside
 * SharePoint), so a configured tab survives a restart.
 */
export class TabStore {
  constructor(private readonly db: Db) {
    db.exec(TABS_TABLE);
  }

  all(): Record<string, TabConfiguration> {
    const rows = prepared(this.db, 'SELECT team_id, config FROM teams_host_tabs').all() as {
      team_id: string;
      config: string;
    }[];
    return Object.fromEntries(
      rows.map((row) => [row.team_id, JSON.parse(row.config) as TabConfiguration]),
    );
  }

  get(teamId: string): TabConfiguration | null {
    const row = prepared(this.db, 'SELECT config FROM teams_host_tabs WHERE team_id = ?').get(
      teamId,
    ) as { config: string } | undefined;
    return row === undefined ? null : (JSON.parse(row.config) as TabConfiguration);
  }

  put(teamId: string, config: TabConfiguration, at: Date): void {
    prepared(
      this.db,
      `INSERT INTO teams_host_tabs (team_id, config, saved_at) VALUES (?, ?, ?)
       ON CONFLICT(team_id) DO UPDATE SET config = excluded.config, saved_at = excluded.saved_at`,
    ).run(teamId, JSON.stringify(config), at.toISOString());
  }

  remove(teamId: string): boolean {
    return (
      prepared(this.db, 'DELETE FROM teams_host_tabs WHERE team_id = ?').run(teamId).changes > 0
    );
  }
}
