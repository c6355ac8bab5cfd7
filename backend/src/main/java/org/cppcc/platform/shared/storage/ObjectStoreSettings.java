package org.cppcc.platform.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible object store of {@code platform.storage.type=s3} ({@code platform.storage.s3.*}).
 *
 * @param endpoint the store's URL, e.g. {@code http://minio:9000}; empty: Amazon S3 itself
 * @param region the signing region; MinIO accepts any, {@code us-east-1} by convention
 * @param bucket where every file goes, under its key {@code <area>/<random id>}
 * @param accessKey with {@code secretKey}, the credentials; both empty: the SDK's default chain
 *     (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, an instance role, …)
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: what MinIO and
 *     most self-hosted stores need
 * @param createBucket create the bucket at start when it is missing
 */
@ConfigurationProperties("platform.storage.s3")
public record ObjectStoreSettings(
        @DefaultValue("") String endpoint,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("cppcc-files") String bucket,
        @DefaultValue("") String accessKey,
        @DefaultValue("") String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("true") boolean createBucket) {}
