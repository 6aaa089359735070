package org.constellation.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The application's retention defaults (ISO-8601 periods), for calls that set none of their own:
 * {@code constellation.retention.unsuccessful=P6M} and so on.
 */
@Component
@ConfigurationProperties("constellation.retention")
public class RetentionSettings {

    /** Ineligible, closed without answer, withdrawn: the two-month appeal period, then a margin. */
    private Period unsuccessful = Period.ofMonths(6);
    /** Published: renewals next season and the funders' reports. */
    private Period programmed = Period.ofYears(3);
    /** A case still open this long after its submission is put before the coordinators, and again each period. */
    private Period openLimit = Period.ofMonths(18);
    /** The holder and the coordinators are told this long before the erasure. */
    private Period warning = Period.ofDays(14);

    public Period getUnsuccessful() {
        return unsuccessful;
    }

    public void setUnsuccessful(Period unsuccessful) {
        this.unsuccessful = unsuccessful;
    }

    public Period getProgrammed() {
        return programmed;
    }

    public void setProgrammed(Period programmed) {
        this.programmed = programmed;
    }

    public Period getOpenLimit() {
        return openLimit;
    }

    public void setOpenLimit(Period openLimit) {
        this.openLimit = openLimit;
    }

    public Period getWarning() {
        return warning;
    }

    public void setWarning(Period warning) {
        this.warning = warning;
    }

    RetentionRules rules() {
        return new RetentionRules(unsuccessful, programmed, openLimit, warning);
    }
}
