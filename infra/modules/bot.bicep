// The Azure Bot registration: single-tenant (new multi-tenant registrations are no longer
// accepted), pointing at the Function App's /api/messages, with the Microsoft Teams channel only.

@description('Bot resource name (the bot handle), unique in Azure Bot Service.')
param botServiceName string

@description('Name shown for the bot.')
param botDisplayName string

@description('Client id of the bot\'s single-tenant app registration.')
param botAppId string

@description('Tenant of that app registration.')
param botTenantId string

@description('https URL of the messaging endpoint.')
param messagingEndpoint string

@description('F0 (free) or S1; Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Tags for every resource.')
param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    displayName: botDisplayName
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      // Deploying accepts the Teams channel terms, as adding the channel in the portal does;
      // a template-created channel is otherwise left with the terms unaccepted.
      acceptedTerms: true
    }
  }
}

output botServiceName string = bot.name
