package org.constellation.label;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LabelWithdrawalRepository extends JpaRepository<LabelWithdrawal, Long> {}
