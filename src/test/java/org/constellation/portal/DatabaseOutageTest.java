package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class DatabaseOutageTest {

  @Test
  void aDatabaseOutOfReachIsA503WithATimeToComeBack() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ExtendedModelMap model = new ExtendedModelMap();
    assertThat(new DatabaseOutage().unavailable(response, model)).isEqualTo("error");
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("60");
    assertThat(model.get("status")).isEqualTo(503);
  }

  /** A page whose database is gone, as the transaction manager reports it, or a repository outside a transaction. */
  @org.springframework.stereotype.Controller
  static class PageWithoutDatabase {
    @org.springframework.web.bind.annotation.GetMapping("/begin")
    String begin() {
      throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
    }

    @org.springframework.web.bind.annotation.GetMapping("/read")
    String read() {
      throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
    }

    @org.springframework.web.bind.annotation.GetMapping("/bug")
    String bug() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void everyPageAnswersAnOutageWith503AndOtherFailuresAsBefore() throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new PageWithoutDatabase())
        .setControllerAdvice(new DatabaseOutage()).build();
    for (String path : List.of("/begin", "/read")) {
      mvc.perform(get(path)).andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "60"))
          .andExpect(view().name("error"));
    }
    assertThatThrownBy(() -> mvc.perform(get("/bug"))).hasRootCauseInstanceOf(IllegalStateException.class);
  }
}
