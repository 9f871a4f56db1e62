/** The handler map the gatekeeper dispatches to: one handler per channel of the contract. */
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';

export type Handlers = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};
