package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryExpressionsTest {

    @Test
    void storedFiltersKeepTheFixedFormsTasklistOffers() {
        assertThat(QueryExpressions.isStoredForm("${currentUser()}")).isTrue();
        assertThat(QueryExpressions.isStoredForm("${currentUserGroups()}")).isTrue();
        assertThat(QueryExpressions.isStoredForm("${now()}")).isTrue();
        assertThat(QueryExpressions.isStoredForm("${dateTime().plusDays(2).toDate()}"))
                .isTrue();
        assertThat(QueryExpressions.isStoredForm("${ dateTime().minusWeeks(1) }"))
                .isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(QueryExpressions.isStoredForm("${''.getClass().forName('java.lang.Runtime')}"))
                .isFalse();
        assertThat(QueryExpressions.isStoredForm("${currentUser()}${now()}")).isFalse();
        assertThat(QueryExpressions.isStoredForm("#{currentUser()}")).isFalse();
        assertThat(QueryExpressions.isStoredForm("${dateTime().plusDays(2).getClass()}"))
                .isFalse();
        assertThat(QueryExpressions.isStoredForm("${7*7}")).isFalse();
        assertThat(QueryExpressions.isStoredForm(null)).isFalse();
    }
}
