package dev.fulltime.application.live;

/** Reads the state of one kind of {@link LiveTopic} as it stands and sends it to the streams watching it here. */
public interface LiveSource {

    String kind();

    void refresh(String id);
}
