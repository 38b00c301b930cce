// The monthly reminder job (timer trigger) and the bot's messaging endpoint (/api/messages) in one
// Function App on Node. A dedicated Linux plan (B1 and up) rather than Consumption or Flex:
// AlwaysOn keeps the timer reliable and the bot's Action.Execute answers inside Teams' timeout,
// and Kudu's /api/zipdeploy, which `azureFunctions/zipDeploy` and `az functionapp deployment source
// config-zip` use, exists there (Flex Consumption has no /api/zipdeploy). Everything the app reaches
// (storage, Application Insights, the bot secret) it reaches with its system-assigned identity.

@description('Location of the plan and the app.')
param location string

@description('App Service plan name.')
param planName string

@description('Function App name; it becomes <name>.azurewebsites.net, so unique in Azure.')
param functionAppName string

@description('A Linux App Service plan SKU that offers AlwaysOn.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param planSku string

@description('Node.js major version of the Functions runtime.')
@allowed([
  '20'
  '22'
])
param nodeVersion string

@description('The Functions host storage account (storage.bicep).')
param storageAccountName string

@description('The Application Insights component (monitoring.bicep).')
param appInsightsName string

@description('The vault holding the bot secret (key-vault.bicep).')
param keyVaultName string

@description('Name of the bot client secret in the vault.')
param botCredentialName string

@description('Client id of the bot\'s single-tenant app registration.')
param botAppId string

@description('Tenant of the bot\'s app registration.')
param botTenantId string

@description('Teams app id, for deep links from the reminder cards into the tab.')
param teamsAppId string

@description('https origin of the tab, for links in the reminder cards.')
param tabEndpoint string

@description('Graph site ids of the Team sites the job reminds (`host,siteGuid,webGuid`), separated by `;`. The app\'s identity needs per-list grants on each (infra/README.md, step 3).')
param integritySiteIds string = ''

@description('Ids of the lists the job uses, `<site id>/<list name>=<list id>` separated by `;` (infra/README.md, step 3, prints them).')
param integrityListIds string = ''

@description('Tags for every resource.')
param tags object = {}

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource botCredential 'Microsoft.KeyVault/vaults/secrets@2023-07-01' existing = {
  parent: vault
  name: botCredentialName
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2023-12-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'Node|${nodeVersion}'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        {
          name: 'FUNCTIONS_EXTENSION_VERSION'
          value: '~4'
        }
        {
          name: 'FUNCTIONS_WORKER_RUNTIME'
          value: 'node'
        }
        {
          // Identity-based host storage: the account name only, no connection string.
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          // Application Insights has local auth off: the host sends telemetry with its identity.
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        {
          // The Teams SDK's names for the bot's credentials.
          name: 'CLIENT_ID'
          value: botAppId
        }
        {
          name: 'CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${botCredential.properties.secretUri})'
        }
        {
          name: 'TENANT_ID'
          value: botTenantId
        }
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'TAB_ENDPOINT'
          value: tabEndpoint
        }
        {
          name: 'GRAPH_BASE_URL'
          value: 'https://graph.microsoft.com/v1.0'
        }
        {
          // Graph tokens from the system-assigned identity, the one the per-list grants name.
          name: 'GRAPH_IDENTITY'
          value: 'managed-identity'
        }
        {
          // Read by src/job/composition/tenant-runtime.ts; the job refuses to start without it.
          name: 'INTEGRITY_SITE_IDS'
          value: integritySiteIds
        }
        {
          // Per-list grants do not cover the list collection: the job reaches each list by its id.
          name: 'INTEGRITY_LIST_IDS'
          value: integrityListIds
        }
      ]
    }
  }
}

// Deployments authenticate with Entra tokens only; publishing user names and passwords are off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource hostStorageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Scoped to the one secret, not the vault: the app can read the bot secret and nothing else.
resource botCredentialAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(botCredential.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: botCredential
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output functionAppId string = functionApp.id
output defaultHostName string = functionApp.properties.defaultHostName
output principalId string = functionApp.identity.principalId
