// Hosts the tab (the static Vite build). Its security headers (CSP frame-ancestors, nosniff, HSTS)
// are not ARM properties: they ship with the content in infra/staticwebapp.config.json, which the
// deploy step passes to `swa deploy --swa-config-location ./infra`.

@description('Static Web Apps exist in a few regions only; the content is served globally anyway.')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param location string

@description('Static Web App name.')
param staticWebAppName string

@description('Free for development, Standard (SLA) for production.')
@allowed([
  'Free'
  'Standard'
])
param sku string

@description('Tags for every resource.')
param tags object = {}

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: staticWebAppName
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku
  }
  properties: {
    // No preview environments: a pull-request build must never run under the production domain.
    stagingEnvironmentPolicy: 'Disabled'
    allowConfigFileUpdates: true
  }
}

output defaultHostname string = site.properties.defaultHostname
output staticWebAppId string = site.id
