// Everything the Integrity Dashboard runs on in Azure, in one resource group:
//   tab hosting (Static Web App + security headers), the Function App (monthly job + bot endpoint,
//   managed identity), its storage, Application Insights on Log Analytics, Key Vault for the bot
//   secret, and the single-tenant Azure Bot with the Teams channel.
// Deployed by teamsapp.yml (arm/deploy) or by hand: see infra/README.md. The outputs are written
// to env/.env.<env> by the toolkit under the same names.

targetScope = 'resourceGroup'

@description('Stem of every resource name: letters, digits and hyphens (e.g. intdash<suffix>).')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('Region of the Function App, its storage, monitoring and Key Vault (the data path).')
param location string = resourceGroup().location

@description('Region of the Static Web App (only a few regions offer it; content is global).')
param staticWebAppLocation string = 'westeurope'

@description('Free for development, Standard (SLA) for production.')
param tabHostingSku string = 'Standard'

@description('App Service plan SKU of the Function App (B1 and up, for AlwaysOn).')
param functionPlanSku string = 'B1'

@description('Node.js major version of the Function App.')
param functionNodeVersion string = '22'

@description('Azure Bot pricing tier; Teams messages are free on both.')
param botServiceSku string = 'S1'

@description('Name shown for the bot.')
param botDisplayName string = 'Integrity Dashboard'

@description('Client id of the bot\'s single-tenant app registration (BOT_ID).')
param botAadAppClientId string

@description('Tenant of the bot\'s app registration (BOT_TENANT_ID).')
param botAadAppTenantId string

@description('Client secret of the bot\'s app registration (SECRET_BOT_PASSWORD); goes to Key Vault only.')
@secure()
param botAadAppClientSecret string

@description('Teams app id (TEAMS_APP_ID), for deep links from the reminder cards.')
param teamsAppId string

@description('Graph site ids of the Team sites the job reminds, separated by `;` (INTEGRITY_SITE_IDS).')
param integritySiteIds string = ''

@description('Ids of the lists the job uses, `<site id>/<list name>=<list id>` separated by `;` (INTEGRITY_LIST_IDS).')
param integrityListIds string = ''

@description('Tags for every resource.')
param tags object = {
  application: 'integrity-dashboard'
}

// Global names (storage, Key Vault, Function App, bot) get a suffix unique to this resource group.
var uniqueSuffix = uniqueString(resourceGroup().id, resourceBaseName)
var compactBase = toLower(replace(resourceBaseName, '-', ''))

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${resourceBaseName}'
    appInsightsName: 'appi-${resourceBaseName}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: take('st${compactBase}${uniqueSuffix}', 24)
    tags: tags
  }
}

module vault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    keyVaultName: take('kv${compactBase}${uniqueSuffix}', 24)
    botClientSecret: botAadAppClientSecret
    tags: tags
  }
}

module tab 'modules/static-web-app.bicep' = {
  name: 'tab-hosting'
  params: {
    location: staticWebAppLocation
    staticWebAppName: 'swa-${resourceBaseName}'
    sku: tabHostingSku
    tags: tags
  }
}

module functions 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    location: location
    planName: 'plan-${resourceBaseName}'
    functionAppName: 'func-${resourceBaseName}-${uniqueSuffix}'
    planSku: functionPlanSku
    nodeVersion: functionNodeVersion
    storageAccountName: storage.outputs.storageAccountName
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultName: vault.outputs.keyVaultName
    botCredentialName: vault.outputs.botCredentialName
    botAppId: botAadAppClientId
    botTenantId: botAadAppTenantId
    teamsAppId: teamsAppId
    tabEndpoint: 'https://${tab.outputs.defaultHostname}'
    integritySiteIds: integritySiteIds
    integrityListIds: integrityListIds
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botServiceName: 'bot-${resourceBaseName}-${uniqueSuffix}'
    botDisplayName: botDisplayName
    botAppId: botAadAppClientId
    botTenantId: botAadAppTenantId
    messagingEndpoint: 'https://${functions.outputs.defaultHostName}/api/messages'
    sku: botServiceSku
    tags: tags
  }
}

output TAB_ENDPOINT string = 'https://${tab.outputs.defaultHostname}'
output TAB_DOMAIN string = tab.outputs.defaultHostname
output TAB_SWA_RESOURCE_ID string = tab.outputs.staticWebAppId
output BOT_DOMAIN string = functions.outputs.defaultHostName
output BOT_ENDPOINT string = 'https://${functions.outputs.defaultHostName}'
output BOT_MESSAGING_ENDPOINT string = 'https://${functions.outputs.defaultHostName}/api/messages'
output FUNCTION_APP_RESOURCE_ID string = functions.outputs.functionAppId
output FUNCTION_APP_PRINCIPAL_ID string = functions.outputs.principalId
output KEY_VAULT_NAME string = vault.outputs.keyVaultName
