package org.constellation.coordination;

import java.util.Comparator;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The call a coordinators' page works on: the one asked for (parameter appel), or the most recent. */
@Component
class ChosenCall {

  private final CallRepository calls;

  ChosenCall(CallRepository calls) {
    this.calls = calls;
  }

  /** The call a page works on, with its lists read: the page shows them after the transaction. */
  Call of(Long callId) {
    if (callId == null) {
      Long latest = calls.findAll().stream().map(Call::getId).max(Comparator.naturalOrder()).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun appel : créez-en un d'abord."));
      return of(latest);
    }
    return calls.findWholeById(callId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Aucun appel n°" + callId + "."));
  }
}
