import { run } from './main.ts'
import { createRuntime } from './runtime.ts'

await run(createRuntime())
