import { run } from './main.ts'
import { createCheckRuntime } from './runtime.ts'

await run(createCheckRuntime())
