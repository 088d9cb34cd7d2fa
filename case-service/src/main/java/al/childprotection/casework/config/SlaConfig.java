package al.childprotection.casework.config;

import java.time.Duration;

import al.childprotection.contracts.Priority;
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

    interface PerPriority {
        Duration emergency();

        Duration high();

        Duration normal();

        default Duration within(Priority priority) {
            return switch (priority) {
                case EMERGENCY -> emergency();
                case HIGH -> high();
                case NORMAL -> normal();
            };
        }
    }
}
