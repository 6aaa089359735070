package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

class DatabaseOutageTest {

    /**
     * What reaches a page when the database goes away, as each layer reports it, and two failures that are not that.
     */
    @Controller
    static class PageWithoutDatabase {
        @GetMapping("/begin")
        String begin() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        }

        @GetMapping("/read")
        String read() {
            throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
        }

        /** PostgreSQL restarted under the request: Hibernate's generic wrapper, then Spring's. */
        @GetMapping("/restarted")
        String restarted() {
            throw new JpaSystemException(new GenericJDBCException(
                    "could not execute statement",
                    new SQLException("terminating connection due to administrator command", "57P01")));
        }

        /** The connection cut while the engine wrote: the engine's, MyBatis', the driver's. */
        @PostMapping("/cut")
        String cut() {
            throw new ProcessEngineException(
                    "ENGINE-03004 Exception while executing Database Operation",
                    new PersistenceException(
                            new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        }

        /** The commit itself failed, and the rate limits' pool had no connection left. */
        @PostMapping("/commit")
        String commit() {
            throw new TransactionSystemException(
                    "Could not commit JPA transaction", new SQLException("This connection has been closed.", "08003"));
        }

        @GetMapping("/bucket")
        String bucket() {
            throw new IllegalStateException(
                    "bucket", new SQLTransientConnectionException("Connection is not available"));
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("a bug");
        }

        @GetMapping("/duplicate")
        String duplicate() {
            throw new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505"));
        }
    }

    @Test
    void aDatabaseOutOfReachOrLostMidRequestIsA503AndOtherFailuresAreLeftAlone() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new PageWithoutDatabase())
                .setHandlerExceptionResolvers(new DatabaseOutage())
                .build();
        for (String path : List.of("/begin", "/read", "/restarted", "/bucket")) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(view().name("error"));
        }
        for (String path : List.of("/cut", "/commit")) {
            mvc.perform(post(path)).andExpect(status().isServiceUnavailable()).andExpect(view().name("error"));
        }
        assertThatThrownBy(() -> mvc.perform(get("/bug"))).hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mvc.perform(get("/duplicate"))).hasRootCauseInstanceOf(SQLException.class);
        assertThat(DatabaseOutage.isOutage(new SQLException("syntax error", "42601")))
                .isFalse();
    }
}
