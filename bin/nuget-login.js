#!/usr/bin/env node
// nuget-login's command line: the committed bundle in cli/dist, on Node 22 or later.
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(`nuget-login needs Node 22 or later, but this is Node ${process.version}.`)
  process.exit(3)
}
await import('../cli/dist/index.js')
