-- The whole schema: Axon's event store, token store, sagas and dead letters, and fulltime's read models.
-- Flyway owns it; Hibernate only validates it (spring.jpa.hibernate.ddl-auto=validate).
-- Derived from the DDL Hibernate generates for the entities (with META-INF/orm.xml), constraints and indexes named.

-- Sequences hand out one value at a time (allocation size 1 in META-INF/orm.xml): the global index has no gaps
-- from blocks cached per node, and no node writes a lower index after another wrote a higher one from its block.
create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 1;

-- The event store
create table domain_event_entry (
    global_index bigint not null,
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    type varchar(255),
    event_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload blob not null,
    meta_data blob,
    constraint domain_event_entry_pk primary key (global_index),
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    type varchar(255) not null,
    event_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload blob not null,
    meta_data blob,
    constraint snapshot_event_entry_pk primary key (sequence_number, aggregate_identifier, type),
    constraint snapshot_event_entry_event_identifier unique (event_identifier)
);

-- The token store
create table token_entry (
    processor_name varchar(255) not null,
    segment integer not null,
    token blob,
    token_type varchar(255),
    timestamp varchar(255) not null,
    owner varchar(255),
    constraint token_entry_pk primary key (segment, processor_name)
);

-- Sagas (none yet; Axon registers the entities)
create table saga_entry (
    saga_id varchar(255) not null,
    saga_type varchar(255),
    revision varchar(255),
    serialized_saga blob,
    constraint saga_entry_pk primary key (saga_id)
);

create table association_value_entry (
    id bigint not null,
    saga_id varchar(255) not null,
    saga_type varchar(255),
    association_key varchar(255) not null,
    association_value varchar(255),
    constraint association_value_entry_pk primary key (id)
);
create index association_value_entry_saga_type_key_value
    on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga on association_value_entry (saga_id, saga_type);

-- Dead letters (Axon registers the entity)
create table dead_letter_entry (
    dead_letter_id varchar(255) not null,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    sequence_index bigint not null,
    message_type varchar(255) not null,
    event_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload blob not null,
    meta_data blob,
    type varchar(255),
    aggregate_identifier varchar(255),
    sequence_number bigint,
    token_type varchar(255),
    token blob,
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    cause_type varchar(255),
    cause_message varchar(1023),
    diagnostics blob,
    constraint dead_letter_entry_pk primary key (dead_letter_id),
    constraint dead_letter_entry_group_sequence_index unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_entry_group on dead_letter_entry (processing_group);
create index dead_letter_entry_group_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Read models
create table match_view (
    match_id varchar(255) not null,
    home_team varchar(255),
    away_team varchar(255),
    kickoff_at timestamp(6) with time zone,
    venue varchar(255),
    competition_id varchar(255),
    round varchar(255),
    tie_id varchar(255),
    leg integer,
    status varchar(255),
    period varchar(255),
    home_score integer not null,
    away_score integer not null,
    home_penalties integer,
    away_penalties integer,
    version bigint not null,
    state varchar(1000000),
    constraint match_view_pk primary key (match_id)
);
create index match_view_tie on match_view (tie_id);
create index match_view_competition on match_view (competition_id);

create table tie_view (
    tie_id varchar(255) not null,
    competition_id varchar(255),
    position bigint not null,
    round varchar(255),
    teama varchar(255),
    teamb varchar(255),
    format enum ('SINGLE_MATCH', 'TWO_LEGS'),
    away_goals boolean not null,
    extra_time boolean not null,
    penalties boolean not null,
    constraint tie_view_pk primary key (tie_id)
);
create index tie_view_competition on tie_view (competition_id, position);

create table competition_view (
    competition_id varchar(255) not null,
    name varchar(255),
    season varchar(255),
    away_goals boolean not null,
    extra_time boolean not null,
    penalties boolean not null,
    constraint competition_view_pk primary key (competition_id)
);
