package dev.fulltime.application.live;

import java.util.List;

/** Reads the state of one kind of {@link LiveTopic} as it stands and sends it to the streams watching it here. */
public interface LiveSource {

    String kind();

    void refresh(String id);

    /** The ids of this kind that streams on this node watch now. */
    List<String> watched();
}
