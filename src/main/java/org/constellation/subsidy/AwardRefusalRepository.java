package org.constellation.subsidy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRefusalRepository extends JpaRepository<AwardRefusal, Long> {}
