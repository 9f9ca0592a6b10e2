-- Who made each change to a placement contact: the user id the command's bearer token named
-- (issue 6), carried in the event's metadata. Null for changes stored before commands recorded it.
ALTER TABLE placement_contact_history ADD COLUMN changed_by TEXT;
