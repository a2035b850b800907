import { dispatch } from '../shared/dispatch'; console.log(dispatch)
