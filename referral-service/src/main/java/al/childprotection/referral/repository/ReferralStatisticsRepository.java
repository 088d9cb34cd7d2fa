package al.childprotection.referral.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.rest.ReferralStatistics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Counts per municipality, computed in the database: no child's data leaves it. */
@ApplicationScoped
public class ReferralStatisticsRepository {

    private static final String COUNTS = """
            select r.municipality,
                   count(*),
                   count(*) filter (where r.status in ('CREATED', 'REDIRECTED')),
                   count(*) filter (where r.status in ('CREATED', 'REDIRECTED') and r.acknowledge_by < now()),
                   count(*) filter (where acknowledged.at is not null and acknowledged.at <= r.acknowledge_by),
                   count(*) filter (where acknowledged.at is not null and acknowledged.at > r.acknowledge_by),
                   count(*) filter (where r.escalation_level is not null),
                   count(*) filter (where r.escalation_level = 'SARPC'),
                   count(*) filter (where r.status = 'REJECTED'),
                   count(*) filter (where r.status = 'CLOSED')
              from referral r
              left join lateral (select max(s.at) as at from referral_step s
                                  where s.referral_id = r.id and s.to_status = 'ACKNOWLEDGED') acknowledged on true
            """;

    /** One row per municipality; {@code municipality == null} gives every municipality. */
    public Uni<List<ReferralStatistics>> perMunicipality(String municipality) {
        String sql = COUNTS + (municipality == null ? "" : " where r.municipality = :municipality")
                + " group by r.municipality order by r.municipality";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            if (municipality != null) {
                query.setParameter("municipality", municipality);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(ReferralStatisticsRepository::toStatistics).toList());
    }

    private static ReferralStatistics toStatistics(Object[] row) {
        return new ReferralStatistics((String) row[0], count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]), count(row[6]), count(row[7]), count(row[8]), count(row[9]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
