package org.cppcc.platform.shared.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code platform.storage.type=s3}: uploaded files on an S3-compatible object store that every node shares
 * (see docs/deployment.md). With {@code platform.storage.migrate-local-files=true} the node also copies the
 * files of its local data directory there when it starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.storage.type", havingValue = "s3")
class ObjectStoreConfig {

    @Bean(destroyMethod = "close")
    S3Client objectStoreClient(ObjectStoreSettings settings) {
        return S3FileStorage.client(settings);
    }

    @Bean
    S3FileStorage objectStoreFileStorage(S3Client client, ObjectStoreSettings settings) {
        S3FileStorage storage = new S3FileStorage(client, settings.bucket());
        if (settings.createBucket()) {
            storage.ensureBucket();
        }
        return storage;
    }

    @Bean
    @ConditionalOnProperty(name = "platform.storage.migrate-local-files", havingValue = "true")
    ApplicationRunner localFilesToObjectStore(S3FileStorage storage, @Value("${platform.data-dir}") String dataDir) {
        return arguments -> LocalFilesToObjectStore.copy(LocalDiskFileStorage.filesUnder(dataDir), storage);
    }
}
