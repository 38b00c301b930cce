// The one secret of the solution, the bot's Entra client secret, lives here; the Function App reads
// it through a Key Vault reference with its managed identity (granted in function-app.bicep on this
// secret only). RBAC instead of access policies, so access is reviewed like every other role.

@description('Location of the vault.')
param location string

@description('Key Vault name: 3-24 letters and digits, unique in Azure.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Name of the secret that holds the bot client secret.')
param botCredentialName string = 'bot-client-secret'

@description('The bot app registration\'s client secret (written by provision to env/.env.<env>.user).')
@secure()
@minLength(1)
param botClientSecret string

@description('Tags for every resource.')
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted vault (and the bot secret in it) stays recoverable for the retention period.
    enablePurgeProtection: true
  }
}

resource botCredential 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: botCredentialName
  properties: {
    value: botClientSecret
    contentType: 'Entra client secret of the bot app registration'
  }
}

output keyVaultName string = vault.name
output botCredentialName string = botCredential.name
