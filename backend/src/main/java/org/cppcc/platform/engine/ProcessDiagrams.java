package org.cppcc.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The highlighted diagram of one process instance, for either lifecycle. Callers check first that the viewer
 * may see the proposal or matter the instance belongs to.
 */
@Service
public class ProcessDiagrams {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** Empty when the engine knows no such instance (e.g. a record from before the engine's data was reset). */
    public Optional<ProcessDiagram> highlighted(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        String xml;
        try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> active =
                instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId) : List.of();
        List<String> completed =
                history
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .finished()
                        .list()
                        .stream()
                        .map(HistoricActivityInstance::getActivityId)
                        .distinct()
                        .toList();
        return Optional.of(new ProcessDiagram(xml, active, completed));
    }
}
