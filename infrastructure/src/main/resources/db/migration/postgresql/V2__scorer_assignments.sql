-- Which users may record facts for which match (a scorer writes only to the matches assigned to it).
create table scorer_assignment (
    match_id varchar(255) not null,
    username varchar(255) not null,
    constraint scorer_assignment_pk primary key (match_id, username)
);
