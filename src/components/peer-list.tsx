/** A peer agent and its state, as the platform reports it. */
export interface Peer {
  name: string;
  /** As the platform reports it: `awaiting_peer`, `idle`, `running`… */
  state: string;
}

/** The agent's peers and their states (shared by the inspector's summary and its dialog). */
export function PeerList({ peers, heading }: { peers: Peer[]; heading: string }) {
  return (
    <div className="rk-peers" data-slot="peers">
      <p className="rk-checklist__heading">{heading}</p>
      <ul>
        {peers.map((peer) => (
          <li key={peer.name} data-peer-state={peer.state}>
            <span>{peer.name}</span> <code dir="ltr">{peer.state}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
