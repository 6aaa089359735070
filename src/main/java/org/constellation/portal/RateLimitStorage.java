package org.constellation.portal;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where the rate-limit buckets live. On PostgreSQL, in the table rate_limit_bucket, so that every node of a cluster
 * counts together; on the embedded H2 of the default run (one node), in memory.
 */
@Configuration
@EnableScheduling
class RateLimitStorage {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitStorage.class);
    /** A bucket row outlives its refill by this much, then the clean-up removes it. */
    private static final ExpirationAfterWriteStrategy EXPIRY =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));

    private PostgreSQLSelectForUpdateBasedProxyManager<Long> postgres;

    @Bean
    ProxyManager<Long> rateLimitBuckets(DataSource dataSource) throws SQLException {
        if (isPostgres(dataSource)) {
            postgres = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .table("rate_limit_bucket")
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(EXPIRY)
                    .build();
            return postgres;
        }
        LOG.info("Rate limits are kept in memory: right for one node, not for a cluster (use PostgreSQL)");
        return Bucket4jCaffeine.<Long>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(EXPIRY)
                .build();
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    void removeExpiredBuckets() {
        if (postgres != null) {
            while (postgres.removeExpired(1000) == 1000) {
                LOG.debug("Removed 1000 expired rate-limit buckets");
            }
        }
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
