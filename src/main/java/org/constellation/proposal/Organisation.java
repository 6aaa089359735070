package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private String commune;

    /** Its SIRET, fourteen digits, when it applied to a call that funds (issue 32). */
    private String siret;

    protected Organisation() {}

    public Organisation(String name, OrganisationType type, String commune) {
        this.name = name;
        this.type = type;
        this.commune = commune;
    }

    void update(String name, OrganisationType type, String commune) {
        this.name = name;
        this.type = type;
        this.commune = commune;
    }

    void identify(String siret) {
        this.siret = siret;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCommune() {
        return commune;
    }

    public String getSiret() {
        return siret;
    }
}
