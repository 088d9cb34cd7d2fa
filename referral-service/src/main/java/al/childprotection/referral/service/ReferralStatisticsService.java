package al.childprotection.referral.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.repository.ReferralStatisticsRepository;
import al.childprotection.referral.rest.ReferralStatistics;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralStatisticsService {

    private final ReferralStatisticsRepository statistics;

    ReferralStatisticsService(ReferralStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @WithSession
    public Uni<List<ReferralStatistics>> perMunicipality(String municipality) {
        return statistics.perMunicipality(municipality);
    }
}
