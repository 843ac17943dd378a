-- What a member is writing in the forum and has not sent yet: saved as they type (with JavaScript), or kept when their
-- session ended before they sent it. One draft per member and place: "topic:<id>" for a reply, "new:<category slug>"
-- for a new topic (the slug may be empty). Private to the member: shown only in their own forms, in their data
-- export, deleted when posted, discarded, or with the account. member_id has no foreign key into accounts' table, as
-- elsewhere across features: the forum deletes the rows when it hears that the account was deleted.
CREATE TABLE forum_draft
(
    member_id  BIGINT                   NOT NULL,
    place      VARCHAR(80)              NOT NULL,
    title      VARCHAR(150)             NOT NULL,
    body       VARCHAR(20000)           NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, place)
);
