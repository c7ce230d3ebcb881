// npm puts node_modules/.bin first on PATH, so `npm test` runs on the Node 24 from the `node` package.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `The tests need Node 24 or later, but run on ${process.version}. Run them with \`npm test\`.`
  )
  process.exit(1)
}
console.log(`Testing on Node ${process.version}`)
