import type { Db } from '../store/db';
import { prepared } from '../store/db';

/*
 * What the emulated Teams keeps for the bot: the teams it knows (installed or removed), their
 * channels, and every activity the bot posted, as SQLite rows beside the Graph data. A channel the
 * emulator was never told about is taken for the General channel of a team of the same id (in
 * Teams the General channel's id is the team's thread id) in which the bot is installed, so the
 * demo works without set-up; removing the bot from that team makes it answer 403.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS bot_teams (
  id TEXT PRIMARY KEY,
  aad_group_id TEXT,
  name TEXT,
  state TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bot_channels (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  name TEXT
);
CREATE TABLE IF NOT EXISTS bot_activities (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  channel_id TEXT NOT NULL,
  reply_to_id TEXT,
  activity TEXT NOT NULL,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS bot_activities_by_channel ON bot_activities (channel_id, seq);
`;

export type BotTeamState = 'installed' | 'removed';

export type BotTeam = {
  /** The team's thread id (`19:…@thread.tacv2`), also its General channel's id. */
  readonly id: string;
  readonly aadGroupId: string | null;
  readonly name: string | null;
  readonly state: BotTeamState;
  /** Whether the emulator was told about the team (else it is implied by a channel id). */
  readonly known: boolean;
};

export type StoredActivity = {
  readonly id: string;
  readonly channelId: string;
  /** The thread root's id for a reply, null for a top-level post. */
  readonly replyToId: string | null;
  readonly activity: Readonly<Record<string, unknown>>;
  readonly created: string;
  readonly updated: string;
  readonly version: number;
};

type TeamRow = { id: string; aad_group_id: string | null; name: string | null; state: string };
type ActivityRow = {
  id: string;
  channel_id: string;
  reply_to_id: string | null;
  activity: string;
  created: string;
  updated: string;
  version: number;
};

function toTeam(row: TeamRow): BotTeam {
  return {
    id: row.id,
    aadGroupId: row.aad_group_id,
    name: row.name,
    state: row.state === 'removed' ? 'removed' : 'installed',
    known: true,
  };
}

function toActivity(row: ActivityRow): StoredActivity {
  return {
    id: row.id,
    channelId: row.channel_id,
    replyToId: row.reply_to_id,
    activity: JSON.parse(row.activity) as Record<string, unknown>,
    created: row.created,
    updated: row.updated,
    version: row.version,
  };
}

export class BotStore {
  private lastActivityId = 0;

  constructor(private readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** Clears the bot's teams, channels and posts (the Graph data is left alone). */
  clear(): void {
    this.db.transaction(() => {
      for (const table of ['bot_teams', 'bot_channels', 'bot_activities']) {
        this.db.exec(`DELETE FROM ${table}`);
      }
    })();
  }

  /** A team by thread id or Microsoft 365 group id. */
  findTeam(idOrGroupId: string): BotTeam | undefined {
    const row = prepared(
      this.db,
      'SELECT id, aad_group_id, name, state FROM bot_teams WHERE id = ? OR aad_group_id = ? COLLATE NOCASE',
    ).get(idOrGroupId, idOrGroupId) as TeamRow | undefined;
    return row === undefined ? undefined : toTeam(row);
  }

  teams(): BotTeam[] {
    const rows = prepared(
      this.db,
      'SELECT id, aad_group_id, name, state FROM bot_teams ORDER BY id',
    ).all() as TeamRow[];
    return rows.map(toTeam);
  }

  /** The team a channel belongs to: registered, or implied (General channel of its own team). */
  teamOfChannel(channelId: string): BotTeam {
    const row = prepared(this.db, 'SELECT team_id FROM bot_channels WHERE id = ?').get(
      channelId,
    ) as { team_id: string } | undefined;
    const teamId = row?.team_id ?? channelId;
    return (
      this.findTeam(teamId) ?? {
        id: teamId,
        aadGroupId: null,
        name: null,
        state: 'installed',
        known: false,
      }
    );
  }

  channelsOf(teamId: string): { id: string; name: string | null }[] {
    const rows = prepared(
      this.db,
      `SELECT id, name FROM bot_channels WHERE team_id = ?
       UNION SELECT DISTINCT channel_id AS id, NULL AS name FROM bot_activities
         WHERE channel_id = ? AND channel_id NOT IN (SELECT id FROM bot_channels)
       ORDER BY id`,
    ).all(teamId, teamId) as { id: string; name: string | null }[];
    return rows;
  }

  /** Channels with posts whose team the emulator was never told about. */
  impliedTeamIds(): string[] {
    const rows = prepared(
      this.db,
      `SELECT DISTINCT channel_id FROM bot_activities
       WHERE channel_id NOT IN (SELECT id FROM bot_channels) AND channel_id NOT IN (SELECT id FROM bot_teams)
       ORDER BY channel_id`,
    ).all() as { channel_id: string }[];
    return rows.map((r) => r.channel_id);
  }

  saveTeam(
    team: Omit<BotTeam, 'known'>,
    channels: readonly { id: string; name: string | null }[],
    now: string,
  ): void {
    this.db.transaction(() => {
      prepared(
        this.db,
        `INSERT INTO bot_teams (id, aad_group_id, name, state, updated) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET aad_group_id = COALESCE(excluded.aad_group_id, aad_group_id),
           name = COALESCE(excluded.name, name), state = excluded.state, updated = excluded.updated`,
      ).run(team.id, team.aadGroupId, team.name, team.state, now);
      for (const channel of [{ id: team.id, name: 'General' }, ...channels]) {
        prepared(
          this.db,
          `INSERT INTO bot_channels (id, team_id, name) VALUES (?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET team_id = excluded.team_id, name = COALESCE(excluded.name, name)`,
        ).run(channel.id, team.id, channel.name);
      }
    })();
  }

  /**
   * A new activity id, like Teams' message ids: the post's time in epoch milliseconds, kept
   * strictly increasing so two posts in the same millisecond still differ.
   */
  nextActivityId(nowMs: number): string {
    const latest = prepared(
      this.db,
      'SELECT MAX(CAST(id AS INTEGER)) AS max FROM bot_activities',
    ).get() as {
      max: number | null;
    };
    this.lastActivityId = Math.max(this.lastActivityId + 1, nowMs, (latest.max ?? 0) + 1);
    return String(this.lastActivityId);
  }

  addActivity(activity: Omit<StoredActivity, 'version' | 'updated'>): StoredActivity {
    prepared(
      this.db,
      `INSERT INTO bot_activities (id, channel_id, reply_to_id, activity, created, updated, version)
       VALUES (?, ?, ?, ?, ?, ?, 1)`,
    ).run(
      activity.id,
      activity.channelId,
      activity.replyToId,
      JSON.stringify(activity.activity),
      activity.created,
      activity.created,
    );
    return { ...activity, updated: activity.created, version: 1 };
  }

  findActivity(id: string): StoredActivity | undefined {
    const row = prepared(
      this.db,
      'SELECT id, channel_id, reply_to_id, activity, created, updated, version FROM bot_activities WHERE id = ?',
    ).get(id) as ActivityRow | undefined;
    return row === undefined ? undefined : toActivity(row);
  }

  /** Replaces an activity's content in place (an update, or a card answered by an invoke). */
  updateActivity(
    id: string,
    activity: Readonly<Record<string, unknown>>,
    now: string,
  ): StoredActivity | undefined {
    prepared(
      this.db,
      'UPDATE bot_activities SET activity = ?, updated = ?, version = version + 1 WHERE id = ?',
    ).run(JSON.stringify(activity), now, id);
    return this.findActivity(id);
  }

  /** Activities, oldest first: all of them, or one channel's. */
  activities(channelId?: string): StoredActivity[] {
    const rows = (
      channelId === undefined
        ? prepared(
            this.db,
            'SELECT id, channel_id, reply_to_id, activity, created, updated, version FROM bot_activities ORDER BY seq',
          ).all()
        : prepared(
            this.db,
            'SELECT id, channel_id, reply_to_id, activity, created, updated, version FROM bot_activities WHERE channel_id = ? ORDER BY seq',
          ).all(channelId)
    ) as ActivityRow[];
    return rows.map(toActivity);
  }
}
