package dev.samvad.orchestration;

import java.util.List;

/**
 * The engine's answer to an event: the campaign's next state and the commands to carry out. The
 * runtime applies both in one unit of work.
 *
 * @param state the new state (the same object when nothing changed)
 * @param commands what to do, in order
 * @param notes why, one short line each, for the campaign's history and logs
 */
public record Decision(CampaignState state, List<Command> commands, List<String> notes) {
  /** Copies the lists. */
  public Decision {
    commands = List.copyOf(commands);
    notes = List.copyOf(notes);
  }

  /** True when the event changed nothing. */
  public boolean unchanged(CampaignState before) {
    return state == before && commands.isEmpty();
  }
}
