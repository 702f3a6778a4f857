-- Progress of the partitioned ranking jobs: formations done per job instance and partition, counted in
-- the same transaction as the results they wrote, so a restart continues the count where the committed
-- work ended. (A re-run that changes no result writes no result row, so results cannot show progress.)
CREATE TABLE job_progress (
    job_instance_id bigint  NOT NULL,
    partition       integer NOT NULL,
    done            integer NOT NULL,
    PRIMARY KEY (job_instance_id, partition)
);
