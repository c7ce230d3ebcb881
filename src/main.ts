import { readInputs } from './inputs.ts'
import { describeFailure } from './failure.ts'
import { login } from './login.ts'
import { publishApiKey } from './output.ts'
import type { Runtime } from './runtime.ts'

export async function run(runtime: Runtime): Promise<void> {
  try {
    const inputs = readInputs(runtime.getInput)
    const key = await login(inputs, runtime)
    publishApiKey(runtime, key, inputs.user, runtime.clock.now())
  } catch (error) {
    runtime.setFailed(describeFailure(error))
  }
}
