// Plain JavaScript on purpose: it must run, and say what is wrong, on the Node it is there to catch
// (Node 20 cannot run TypeScript files). `npm test` puts node_modules/.bin first on PATH, so it
// normally runs on the Node 24 from the `node` package.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `The tests need Node 24 or later, but run on ${process.version}. Run them with \`npm test\` ` +
      'after `npm ci`, which installs Node 24 from the `node` package.'
  )
  process.exit(1)
}
console.log(`Testing on Node ${process.version}`)
