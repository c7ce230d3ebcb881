import { run } from './main.ts'
import { createRuntime } from './runner/runtime.ts'

await run(createRuntime())
