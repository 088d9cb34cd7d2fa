package al.childprotection.casework.config;

import java.time.Duration;

import al.childprotection.kit.sla.PerPriority;
import io.smallrye.config.ConfigMapping;

/** SLA clocks of follow-up tasks: how long after their cause each kind of task is due. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    /** First contact or home visit, from the referral. */
    PerPriority firstContact();

    /** From the completed first contact. */
    PerPriority needsAssessment();

    /** From the completed first contact. */
    PerPriority riskAssessment();

    /** From a risk assessment that found the child at immediate risk. */
    Duration emergencyIntervention();

    /** From the child's admission to the emergency shelter. */
    Duration placementReview();

    /** From the child's discharge from the shelter. */
    Duration reintegrationFollowUp();

    /** From the opening of a deinstitutionalisation case. */
    Duration deinstitutionalisationAssessment();

    /** From the notice that another CPU may hold the same child, for each side's supervisor to decide. */
    Duration crossMunicipalityMatch();

    /** How often the overdue clock looks (the scheduler reads the property itself). */
    Duration overdueCheckInterval();

    /** From a task nobody could take to its escalation to SARPC. */
    Duration unassignedEscalation();

    /** As above, for a child at high risk. */
    Duration unassignedEscalationHighRisk();

    /** From {@code task.overdue} to the escalation to SARPC of a task still not done. */
    Duration overdueEscalation();

    /** An open case with no activity this long is stale. */
    Duration caseStale();

    /** How often the stale rule looks (the scheduler reads the property itself). */
    Duration staleCheckInterval();

    /** How often the escalation clock looks (the scheduler reads the property itself). */
    Duration escalationCheckInterval();

    /** How many tasks or cases a clock takes in one look; what it has announced leaves the next look's query. */
    int clockBatchSize();
}
