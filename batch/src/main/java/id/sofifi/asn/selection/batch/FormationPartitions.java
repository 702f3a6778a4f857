package id.sofifi.asn.selection.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a period's formations over as many partitions as the machine has cores (job parameter
 * {@code partitions} overrides): formation id modulo the partition count. Formations are ranked
 * independently, so partitions never touch the same rows. On restart the plan of the first run is
 * kept, so each partition resumes from its own checkpoint.
 */
@Named
@Dependent
public class FormationPartitions implements PartitionMapper {
    /** The job parameter {@code partitions}; blank means one per core. */
    @Inject
    @BatchProperty(name = "partitions")
    String requested;

    @Override
    public PartitionPlan mapPartitions() {
        int count = requested == null || requested.isBlank()
                ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(requested);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
