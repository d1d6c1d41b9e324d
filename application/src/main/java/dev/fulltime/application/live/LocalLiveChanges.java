package dev.fulltime.application.live;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The changes of a unit of work refreshed on this node once it has committed, each topic once however many of its
 * events the batch held; a subscriber never sees a state that was rolled back. The default, for a store that only
 * this node projects; nodes sharing a store put a primary {@link LiveChanges} of their own in its place.
 */
@Component
class LocalLiveChanges implements LiveChanges {

    private static final String TOPICS = LocalLiveChanges.class.getName() + ".topics";

    private final LiveRefresh refresh;

    LocalLiveChanges(LiveRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public void changed(LiveTopic topic) {
        if (!CurrentUnitOfWork.isStarted()) {
            refresh.refresh(topic);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Set<LiveTopic> topics = unitOfWork.root().getOrComputeResource(TOPICS, key -> {
            Set<LiveTopic> changed = new LinkedHashSet<>();
            unitOfWork.root().afterCommit(committed -> changed.forEach(refresh::refresh));
            return changed;
        });
        topics.add(topic);
    }
}
