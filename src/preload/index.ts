import { CHANNELS } from '../shared/channels'; console.log(CHANNELS)
