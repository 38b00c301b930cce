// Application Insights on a Log Analytics workspace (classic, workspace-less Application Insights
// is retired). Local authentication is off: telemetry is accepted only with an Entra token, so the
// connection string in the Function App's settings cannot be used to write into it from elsewhere.

@description('Location of the workspace and the Application Insights component.')
param location string

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Days the logs are kept; 90 covers a quarterly review of the reminder job.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

@description('Tags for every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  tags: tags
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

output appInsightsName string = appInsights.name
output workspaceId string = workspace.id
