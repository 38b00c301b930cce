import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderParameters } from './deploy-infra';

const template = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'infra', 'azure.parameters.json'),
  'utf8',
);

const ENV = {
  RESOURCE_SUFFIX: 'pzx',
  TAB_HOSTING_SKU: 'Standard',
  FUNCTION_PLAN_SKU: 'B1',
  BOT_SERVICE_SKU: 'S1',
  APP_NAME_SUFFIX: '-dev',
  BOT_ID: 'bot-id',
  BOT_TENANT_ID: 'tenant-id',
  TEAMS_APP_ID: 'teams-app',
  INTEGRITY_SITE_IDS: 'contoso.sharepoint.com,a,b;contoso.sharepoint.com,c,d',
  INTEGRITY_LIST_IDS:
    'contoso.sharepoint.com,a,b/IntegritySettings=00000000-0000-4000-8000-000000000001',
  SECRET_BOT_PASSWORD: 'must-never-be-written',
};

describe('npm run infra:deploy — the parameters file', () => {
  it('fills every placeholder from the environment and leaves the secret to the Azure CLI', () => {
    const { file, prompted } = renderParameters(template, ENV);
    expect(file.parameters.resourceBaseName).toEqual({ value: 'intdashpzx' });
    expect(file.parameters.integritySiteIds).toEqual({ value: ENV.INTEGRITY_SITE_IDS });
    expect(file.parameters.integrityListIds).toEqual({ value: ENV.INTEGRITY_LIST_IDS });
    expect(prompted).toEqual(['botAadAppClientSecret']);
    const written = JSON.stringify(file);
    expect(written).not.toContain('must-never-be-written');
    expect(written).not.toContain('${{');
  });

  it('names every variable the environment lacks', () => {
    const { TEAMS_APP_ID: _teams, BOT_ID: _bot, ...partial } = ENV;
    expect(() => renderParameters(template, partial)).toThrow(
      /BOT_ID[\s\S]*TEAMS_APP_ID|TEAMS_APP_ID[\s\S]*BOT_ID/,
    );
  });

  it('deploys before the lists exist: empty list ids are left to the template default', () => {
    const { file } = renderParameters(template, { ...ENV, INTEGRITY_LIST_IDS: ' ' });
    expect(file.parameters).not.toHaveProperty('integrityListIds');
    expect(file.parameters.integritySiteIds).toEqual({ value: ENV.INTEGRITY_SITE_IDS });
  });
});
