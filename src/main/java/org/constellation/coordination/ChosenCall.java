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

  Call of(Long callId) {
    if (callId == null) {
      return calls.findAll().stream().max(Comparator.comparing(Call::getId)).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun appel : créez-en un d'abord."));
    }
    return calls.findById(callId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Aucun appel n°" + callId + "."));
  }
}
